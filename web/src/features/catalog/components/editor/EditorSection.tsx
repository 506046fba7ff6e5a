import type { ReactNode } from 'react';
import type { ImplementationContent, Severity } from '@onetrip/core';
import { Card, ConfigProvider, Flex, Tag, Typography } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { SeverityTag } from '../workbench/FindingsPanel.tsx';
import { useEditorContext } from './EditorContext.tsx';
import { SECTIONS, sectionOf, type SectionId } from './finding-anchors.ts';
import { InlineFindings } from './InlineFindings.tsx';

export function sectionDomId(id: SectionId): string {
  return `editor-section-${id}`;
}

/** One card of the editor: a heading, the live finding counts of its elements, and "read-only" when inherited. */
export function EditorSection({ id, children }: { id: SectionId; children: ReactNode }) {
  const { t } = useTranslation();
  const { findingsByAnchor, isEditable } = useEditorContext();
  const elements = SECTIONS.find((section) => section.id === id)?.elements ?? [];
  const isLocked = elements.every((element) => !isEditable(element));
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const [anchor, findings] of findingsByAnchor) {
    if (sectionOf(anchor) !== id) continue;
    for (const finding of findings) counts[finding.severity] += 1;
  }
  const headingId = `${sectionDomId(id)}-title`;
  return (
    <Card
      id={sectionDomId(id)}
      className="editor-section"
      role="region"
      aria-labelledby={headingId}
      title={
        <h2 className="card-title" id={headingId} tabIndex={-1}>
          {t(`catalogEditor.sections.${id}`)}
        </h2>
      }
      extra={
        <Flex wrap gap={4} align="center">
          {isLocked ? (
            <Tag icon={<LockOutlined aria-hidden />} className="editor-locked-tag">
              {t('catalogEditor.inherited.locked')}
            </Tag>
          ) : null}
          {(['error', 'warning', 'info'] as const).map((severity) => (counts[severity] > 0 ? <SeverityTag key={severity} severity={severity} count={counts[severity]} /> : null))}
        </Flex>
      }
    >
      {children}
    </Card>
  );
}

/**
 * One element of the content: its fields, disabled when an inherited implementation may not change it, and the live
 * findings about it. `data-anchor` lets a click on a finding scroll here when no single field matches.
 */
export function ElementBlock({ element, children, showLockNote = false }: { element: keyof ImplementationContent; children: ReactNode; showLockNote?: boolean }) {
  const { t } = useTranslation();
  const { isEditable } = useEditorContext();
  const isLocked = !isEditable(element);
  return (
    <div className="editor-element" data-anchor={`/${element}`} tabIndex={-1}>
      <ConfigProvider componentDisabled={isLocked}>{children}</ConfigProvider>
      {isLocked && showLockNote ? (
        <Typography.Paragraph type="secondary" className="editor-lock-note">
          <LockOutlined aria-hidden /> {t('catalogEditor.inherited.elementLocked')}
        </Typography.Paragraph>
      ) : null}
      <InlineFindings anchor={`/${element}`} />
    </div>
  );
}
