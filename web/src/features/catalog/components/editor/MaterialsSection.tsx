import { useState } from 'react';
import { Button, Collapse, Flex, Form, Tag, type FormListFieldData, type FormListOperation } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SeverityIcon } from '../workbench/FindingsPanel.tsx';
import { useEditorContext } from './EditorContext.tsx';
import { EditorSection, ElementBlock } from './EditorSection.tsx';
import { newMaterial, nextKey, type EditorValues } from './editor-values.ts';
import { segmentsOf } from './finding-anchors.ts';
import { MaterialFields } from './MaterialFields.tsx';

const MAX_MATERIALS = 100;

function materialIndexOf(path: string): number | null {
  const [element, index] = segmentsOf(path);
  return element === 'materials' && index !== undefined && /^\d+$/.test(index) ? Number(index) : null;
}

/** The collapsed card header of a material: number, live name, necessity and its finding count. */
function MaterialPanelLabel({ index }: { index: number }) {
  const { t } = useTranslation();
  const { findingsByAnchor } = useEditorContext();
  const name = Form.useWatch(['materials', index, 'name']) as string | undefined;
  const necessity = Form.useWatch(['materials', index, 'necessity']) as 'required' | 'conditional' | 'optional' | undefined;
  const findings = findingsByAnchor.get(`/materials/${index}`) ?? [];
  const worst = findings[0]?.severity;
  return (
    <Flex wrap gap={8} align="center" className="member-panel-label">
      <span className="member-panel-title">
        {index + 1}. {name?.trim() ? name : t('catalogEditor.material.unnamed')}
      </span>
      {necessity ? <Tag color={necessity === 'required' ? 'red' : necessity === 'conditional' ? 'orange' : 'default'}>{t(`catalog.necessities.${necessity}`)}</Tag> : null}
      {worst ? (
        <span className="member-panel-findings">
          <SeverityIcon severity={worst} /> {t('catalogEditor.findings.count', { count: findings.length })}
        </span>
      ) : null}
    </Flex>
  );
}

function MaterialsList({ fields, operation }: { fields: FormListFieldData[]; operation: FormListOperation }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<EditorValues>();
  const { revealRequest, reveal } = useEditorContext();
  const [openKeys, setOpenKeys] = useState<string[]>([]);
  const [handledNonce, setHandledNonce] = useState<number | null>(null);
  const [pendingOpenIndex, setPendingOpenIndex] = useState<number | null>(null);

  // A finding or error inside a material opens its card (state adjusted while rendering, not in an effect).
  let toOpen: number | null = null;
  if (revealRequest && revealRequest.nonce !== handledNonce) {
    setHandledNonce(revealRequest.nonce);
    toOpen = materialIndexOf(revealRequest.path);
  }
  if (pendingOpenIndex !== null && fields[pendingOpenIndex]) {
    setPendingOpenIndex(null);
    toOpen = pendingOpenIndex;
  }
  const keyToOpen = toOpen === null ? undefined : fields[toOpen]?.key;
  if (keyToOpen !== undefined && !openKeys.includes(String(keyToOpen))) setOpenKeys([...openKeys, String(keyToOpen)]);

  const itemLabel = (index: number) => {
    const name = (form.getFieldValue(['materials', index, 'name']) as string | undefined)?.trim();
    return name ? t('catalogEditor.material.itemNamed', { index: index + 1, name }) : t('catalogEditor.material.item', { index: index + 1 });
  };

  const addMaterial = () => {
    const keys = ((form.getFieldValue('materials') as EditorValues['materials'] | undefined) ?? []).map((material) => material?.key);
    operation.add(newMaterial(nextKey('material', keys)));
    setPendingOpenIndex(fields.length);
    reveal(`/materials/${fields.length}/name`);
  };

  return (
    <>
      {fields.length === 0 ? <p className="text-list-empty">{t('catalogEditor.material.empty')}</p> : null}
      <Collapse
        className="member-collapse"
        activeKey={openKeys}
        onChange={(keys) => setOpenKeys(keys)}
        items={fields.map((field, index) => ({
          key: String(field.key),
          forceRender: true,
          label: <MaterialPanelLabel index={index} />,
          children: (
            <MaterialFields
              field={field}
              index={index}
              count={fields.length}
              itemLabel={itemLabel(index)}
              onMove={operation.move}
              onRemove={() => operation.remove(field.name)}
            />
          ),
        }))}
      />
      <Flex wrap gap={8} className="member-actions">
        <Button type="dashed" icon={<PlusOutlined aria-hidden />} onClick={addMaterial} disabled={fields.length >= MAX_MATERIALS || undefined}>
          {t('catalogEditor.material.add')}
        </Button>
        {fields.length > 1 ? (
          // Reading the materials stays possible where editing them is not (inherited implementations).
          <Button type="link" disabled={false} onClick={() => setOpenKeys(openKeys.length === fields.length ? [] : fields.map((field) => String(field.key)))}>
            {openKeys.length === fields.length ? t('catalogEditor.material.collapseAll') : t('catalogEditor.material.expandAll')}
          </Button>
        ) : null}
      </Flex>
    </>
  );
}

/** The materials (申请材料): one collapsible card per material with every field of the national table. */
export function MaterialsSection() {
  return (
    <EditorSection id="materials">
      <ElementBlock element="materials">
        <Form.List name="materials">{(fields, operation) => <MaterialsList fields={fields} operation={operation} />}</Form.List>
      </ElementBlock>
    </EditorSection>
  );
}
