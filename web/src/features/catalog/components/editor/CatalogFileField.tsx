import { App, Button, Flex, Upload, type UploadProps } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../lib/api-client.ts';
import { formatFileSize } from '../../../../lib/format.ts';
import { CATALOG_FILE_EXTENSIONS, CATALOG_FILE_MAX_BYTES, catalogFileContentUrl, hasAcceptedExtension } from '../../api/catalog-files-api.ts';
import { useCatalogFileInfo, useUploadCatalogFile } from '../../hooks/useCatalogFiles.ts';
import { useEditorContext } from './EditorContext.tsx';

/**
 * A blank form or sample (空白表格、示例样表、结果样本): the file's name with a download link and a remove button, and an
 * upload button. The value is the file id the upload API answers. Used as a Form.Item control (value/onChange/id).
 */
export function CatalogFileField({ value, onChange, id, label }: { value?: string | null; onChange?: (value: string | null) => void; id?: string; label: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { files, addFile } = useEditorContext();
  const known = value ? files[value] : undefined;
  const info = useCatalogFileInfo(value, Boolean(known));
  const upload = useUploadCatalogFile();
  const file = known ?? info.data;

  const beforeUpload: UploadProps['beforeUpload'] = (candidate) => {
    if (!hasAcceptedExtension(candidate.name)) {
      void message.error(t('catalogEditor.files.typeNotAllowed', { types: CATALOG_FILE_EXTENSIONS.join(' ') }));
      return Upload.LIST_IGNORE;
    }
    if (candidate.size > CATALOG_FILE_MAX_BYTES) {
      void message.error(t('catalogEditor.files.tooLarge'));
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const customRequest: UploadProps['customRequest'] = ({ file: candidate, onSuccess, onError }) => {
    upload.mutate(candidate as File, {
      onSuccess: (result) => {
        addFile(result.id, { fileName: result.fileName, mediaType: result.mediaType, size: result.size });
        onChange?.(result.id);
        onSuccess?.(result);
        void message.success(t('catalogEditor.files.uploaded', { name: result.fileName }));
      },
      onError: (error) => {
        onError?.(error);
        void message.error(isApiError(error) ? error.message : t('catalogEditor.files.uploadFailed'));
      },
    });
  };

  const name = file?.fileName ?? value ?? '';
  return (
    <Flex wrap gap={8} align="center" className="file-field">
      {value ? (
        <span className="file-field-current">
          <PaperClipOutlined aria-hidden />{' '}
          <a href={catalogFileContentUrl(value)} download={file?.fileName ?? true} aria-label={t('catalogEditor.files.download', { label, name })}>
            {name}
          </a>
          {file ? <span className="file-field-size"> {formatFileSize(file.size)}</span> : null}
          <Button
            type="text"
            danger
            size="small"
            icon={<DeleteOutlined aria-hidden />}
            aria-label={t('catalogEditor.files.remove', { label, name })}
            onClick={() => onChange?.(null)}
          />
        </span>
      ) : (
        <span className="file-field-none">{t('catalogEditor.files.none')}</span>
      )}
      <Upload accept={CATALOG_FILE_EXTENSIONS.join(',')} showUploadList={false} maxCount={1} hasControlInside beforeUpload={beforeUpload} customRequest={customRequest}>
        <Button id={id} icon={<UploadOutlined aria-hidden />} loading={upload.isPending} aria-label={t(value ? 'catalogEditor.files.replaceLabel' : 'catalogEditor.files.uploadLabel', { label })}>
          {value ? t('catalogEditor.files.replace') : t('catalogEditor.files.upload')}
        </Button>
      </Upload>
    </Flex>
  );
}
