import type { Finding, ImplementationContent, Severity } from '@onetrip/core';
import { Alert, Card, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChangeDescriber } from '../../hooks/useChangeDescriber.ts';
import { useCodeLabels } from '../../hooks/useCodeLabels.ts';
import { FindingGroups, SEVERITIES, SeverityTag } from '../workbench/FindingsPanel.tsx';
import { CompressionRatio } from './CompressionRatio.tsx';

/**
 * The live guide check beside the form: counts by severity, the compression ratio, what blocks saving, and every
 * finding with its fix hint; a click on a finding takes the maintainer to the field it concerns.
 */
export function EditorFindingsPanel({ findings, content, ratio, isLocalItem, isChecking, onReveal }: {
  findings: readonly Finding[];
  content: ImplementationContent;
  ratio: number | null;
  isLocalItem: boolean;
  isChecking: boolean;
  onReveal: (path: string) => void;
}) {
  const { t } = useTranslation();
  const { pick } = useCodeLabels();
  const describe = useChangeDescriber([content]);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  const blocking = findings.filter((finding) => finding.blocksSave).length;

  return (
    <Card
      className="editor-findings"
      title={
        <div>
          <h2 className="card-title">{t('catalogEditor.findings.title')}</h2>
          <Typography.Text type="secondary" className="card-subtitle">
            {t('catalogEditor.findings.subtitle')}
          </Typography.Text>
        </div>
      }
    >
      <Flex gap={4} wrap className="editor-findings-counts">
        {SEVERITIES.map((severity) => (
          <SeverityTag key={severity} severity={severity} count={counts[severity]} />
        ))}
      </Flex>
      <p className="visually-hidden" role="status" aria-live="polite">
        {t('catalogEditor.findings.summary', { error: counts.error, warning: counts.warning, info: counts.info })}
      </p>
      <p className="compression-line">
        <span className="guide-label">
          {t('catalogEditor.compression.label')}
          {t('catalog.colon')}
        </span>
        <CompressionRatio ratio={ratio} isLocalItem={isLocalItem} />
      </p>
      {blocking > 0 ? (
        <Alert type="error" showIcon className="editor-blocking" data-testid="blocking-findings" title={t('catalogEditor.findings.blocking', { count: blocking })} />
      ) : null}
      {isChecking ? (
        <Flex justify="center" className="editor-findings-loading">
          <Spin aria-label={t('catalogEditor.findings.loading')} />
        </Flex>
      ) : findings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalogEditor.findings.none')} />
      ) : (
        <div className="editor-findings-list" data-testid="live-findings">
          <FindingGroups
            findings={findings}
            renderFinding={(finding) => (
              <li className="finding" data-rule={finding.rule}>
                <button type="button" className="finding-link" onClick={() => onReveal(finding.path)}>
                  <span className="finding-message">
                    <strong>{pick(finding.message)}</strong>
                    {finding.blocksSave ? (
                      <Tag color="red" className="finding-blocking">
                        {t('catalogEditor.findings.blocksSave')}
                      </Tag>
                    ) : null}
                  </span>
                </button>
                <div className="finding-hint">
                  <span className="guide-label">
                    {t('catalogEditor.findings.hint')}
                    {t('catalog.colon')}
                  </span>
                  {pick(finding.hint)}
                </div>
                <div className="finding-meta">
                  <span>{finding.path ? describe.label(finding.path) : t('catalogEditor.findings.whole')}</span>
                  <span className="code-tag">{finding.rule}</span>
                </div>
              </li>
            )}
          />
        </div>
      )}
    </Card>
  );
}
