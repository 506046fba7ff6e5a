import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Flex, Form, Input, Modal, Popconfirm, Row, Tree, type TreeDataNode } from 'antd';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { parseRegionCode, roleHasPermission } from '@onetrip/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../lib/api-client.ts';
import { applyApiErrorToForm } from '../../../lib/form-errors.ts';
import { useSession } from '../../auth/hooks/useSession.ts';
import { FormActions } from '../../shell/components/FormActions.tsx';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import type { Region } from '../api/regions-api.ts';
import { useCreateRegion, useDeleteRegion, useRegions, useRenameRegion, type RegionNode } from '../hooks/useRegions.ts';

function matches(region: Region, filter: string): boolean {
  return region.name.includes(filter) || region.displayCode.includes(filter);
}

function toTreeData(nodes: RegionNode[], filter: string): TreeDataNode[] {
  const result: TreeDataNode[] = [];
  for (const node of nodes) {
    const children = toTreeData(node.children, filter);
    if (filter && !matches(node.region, filter) && children.length === 0) continue;
    result.push({ key: node.region.code, title: `${node.region.name}（${node.region.displayCode}）`, children });
  }
  return result;
}

interface CreateValues {
  code: string;
  name: string;
}

function CreateRegionForm({ parent, onClose }: { parent: Region; onClose: (created?: string) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateValues>();
  const createRegion = useCreateRegion();
  const [formError, setFormError] = useState<string | null>(null);
  const onFinish = (values: CreateValues) => {
    const code = values.code.trim();
    createRegion.mutate(
      { code, name: values.name.trim() },
      {
        onSuccess: () => onClose(code.padEnd(12, '0')),
        onError: (error) => {
          const rest = applyApiErrorToForm(form, error, ['code', 'name']);
          if (rest.length > 0) setFormError(rest.join(' '));
        },
      },
    );
  };
  return (
    <Form form={form} name="create-region" layout="vertical" onFinish={onFinish}>
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      <Form.Item
        name="code"
        label={t('regions.code')}
        extra={t('regions.codeHint')}
        validateFirst
        rules={[
          { required: true, message: t('validation.required', { field: t('regions.code') }) },
          {
            validator: (_rule, value: unknown) => {
              const parsed = parseRegionCode(typeof value === 'string' ? value : '');
              if (!parsed.valid) return Promise.reject(new Error(t(`validation.regionCode.${parsed.problem}`)));
              if (parsed.region.parentCode !== parent.code) return Promise.reject(new Error(t('validation.regionCode.parent')));
              return Promise.resolve();
            },
          },
        ]}
      >
        <Input inputMode="numeric" maxLength={12} />
      </Form.Item>
      <Form.Item name="name" label={t('regions.name')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('regions.name') }) }]}>
        <Input maxLength={100} />
      </Form.Item>
      <FormActions onCancel={() => onClose()} isSubmitting={createRegion.isPending} />
    </Form>
  );
}

function RenameRegionForm({ region, onClose }: { region: Region; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ name: string }>();
  const renameRegion = useRenameRegion();
  const [formError, setFormError] = useState<string | null>(null);
  return (
    <Form
      form={form}
      name="rename-region"
      layout="vertical"
      initialValues={{ name: region.name }}
      onFinish={(values) =>
        renameRegion.mutate(
          { code: region.code, name: values.name.trim() },
          {
            onSuccess: onClose,
            onError: (error) => {
              const rest = applyApiErrorToForm(form, error, ['name']);
              if (rest.length > 0) setFormError(rest.join(' '));
            },
          },
        )
      }
    >
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      <Form.Item name="name" label={t('regions.name')} rules={[{ required: true, whitespace: true, message: t('validation.required', { field: t('regions.name') }) }]}>
        <Input maxLength={100} />
      </Form.Item>
      <FormActions onCancel={onClose} isSubmitting={renameRegion.isPending} />
    </Form>
  );
}

/** Administrative divisions as a tree; sysadmins create, rename and delete, others read. */
export function RegionsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { principal } = useSession();
  const { tree, byCode, isPending, isError, refetch } = useRegions();
  const deleteRegion = useDeleteRegion();
  const [filter, setFilter] = useState('');
  const [selectedCode, setSelectedCode] = useState<string | null>(null);
  const [dialog, setDialog] = useState<'create' | 'rename' | null>(null);
  const canManage = principal?.kind === 'staff' && roleHasPermission(principal.roles, 'region.manage');
  const treeData = useMemo(() => toTreeData(tree, filter.trim()), [tree, filter]);
  const selected = selectedCode ? byCode.get(selectedCode) ?? null : null;
  const parent = selected?.parentCode ? byCode.get(selected.parentCode) ?? null : null;
  const defaultExpanded = useMemo(() => tree.flatMap((node) => [node.region.code, ...node.children.map((c) => c.region.code)]), [tree]);

  const onDelete = (region: Region) =>
    deleteRegion.mutate(region.code, {
      onSuccess: () => {
        void message.success(t('common.deleted'));
        setSelectedCode(region.parentCode);
      },
      onError: (error) => void message.error(isApiError(error) ? error.message : t('errors.generic')),
    });

  return (
    <div>
      <PageHeader title={t('regions.title')} description={canManage ? t('regions.description') : t('regions.readOnly')} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={11}>
          <Card title={<h2 className="card-title">{t('regions.treeTitle')}</h2>}>
            <Input.Search
              placeholder={t('regions.searchPlaceholder')}
              aria-label={t('regions.searchPlaceholder')}
              allowClear
              onChange={(event) => setFilter(event.target.value)}
              style={{ marginBottom: 12 }}
            />
            {isError ? (
              <Alert type="error" showIcon title={t('errors.loadFailed')} action={<Button onClick={() => void refetch()}>{t('common.retry')}</Button>} />
            ) : isPending ? null : treeData.length === 0 ? (
              <Empty description={t('common.noData')} />
            ) : (
              <Tree
                key={filter ? `filter-${filter}` : 'all'}
                treeData={treeData}
                defaultExpandedKeys={filter ? undefined : defaultExpanded}
                defaultExpandAll={Boolean(filter)}
                selectedKeys={selectedCode ? [selectedCode] : []}
                onSelect={(keys) => setSelectedCode(keys[0] ? String(keys[0]) : null)}
                height={560}
                blockNode
                aria-label={t('regions.treeTitle')}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={13}>
          <Card title={<h2 className="card-title">{t('regions.detailTitle')}</h2>}>
            {selected ? (
              <Flex vertical gap={16}>
                <Descriptions
                  column={1}
                  items={[
                    { key: 'name', label: t('regions.name'), children: selected.name },
                    { key: 'code', label: t('regions.code'), children: selected.displayCode },
                    { key: 'level', label: t('regions.level'), children: t(`regions.levels.${selected.level}`) },
                    { key: 'parent', label: t('regions.parent'), children: parent ? `${parent.name}（${parent.displayCode}）` : '—' },
                  ]}
                />
                {canManage ? (
                  <Flex wrap gap={8}>
                    {selected.level !== 'village' ? (
                      <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setDialog('create')}>
                        {t('regions.addChild')}
                      </Button>
                    ) : null}
                    <Button icon={<EditOutlined aria-hidden />} onClick={() => setDialog('rename')}>
                      {t('regions.rename')}
                    </Button>
                    <Popconfirm
                      title={t('common.deleteConfirm', { name: selected.name })}
                      okText={t('common.delete')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={() => onDelete(selected)}
                    >
                      <Button danger icon={<DeleteOutlined aria-hidden />} loading={deleteRegion.isPending}>
                        {t('common.delete')}
                      </Button>
                    </Popconfirm>
                  </Flex>
                ) : null}
              </Flex>
            ) : (
              <Empty description={t('regions.selectHint')} />
            )}
          </Card>
        </Col>
      </Row>
      <Modal
        open={dialog !== null && selected !== null}
        title={dialog === 'create' ? t('regions.createTitle', { parent: selected?.name ?? '' }) : t('regions.renameTitle')}
        onCancel={() => setDialog(null)}
        footer={null}
        destroyOnHidden
      >
        {selected && dialog === 'create' ? (
          <CreateRegionForm
            parent={selected}
            onClose={(created) => {
              setDialog(null);
              if (created) {
                void message.success(t('common.created'));
                setSelectedCode(created);
              }
            }}
          />
        ) : null}
        {selected && dialog === 'rename' ? (
          <RenameRegionForm
            region={selected}
            onClose={() => {
              setDialog(null);
            }}
          />
        ) : null}
      </Modal>
    </div>
  );
}
