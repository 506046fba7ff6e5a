import { CHECK_RULES, type Finding, type ImplementationContent, type Severity } from '@onetrip/core';
import { Empty, Tag } from 'antd';
import { CloseCircleOutlined, ExclamationCircleOutlined, InfoCircleOutlined } from '@ant-design/icons';
import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCodeLabels } from '../../hooks/useCodeLabels.ts';
import { useChangeDescriber } from '../../hooks/useChangeDescriber.ts';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_COLORS: Record<Severity, string> = { error: 'red', warning: 'orange', info: 'blue' };

/** The checker's rules by id (title in both languages, severity), for findings and the report. */
export const RULES_BY_ID = new Map(CHECK_RULES.map((rule) => [rule.id, rule]));

export function SeverityIcon({ severity }: { severity: Severity }) {
  switch (severity) {
    case 'error':
      return <CloseCircleOutlined aria-hidden className="severity-icon severity-error" />;
    case 'warning':
      return <ExclamationCircleOutlined aria-hidden className="severity-icon severity-warning" />;
    case 'info':
      return <InfoCircleOutlined aria-hidden className="severity-icon severity-info" />;
  }
}

export function SeverityTag({ severity, count }: { severity: Severity; count?: number }) {
  const { t } = useTranslation();
  return (
    <Tag color={SEVERITY_COLORS[severity]}>
      {t(`catalog.severity.${severity}`)}
      {count !== undefined ? ` ${count}` : ''}
    </Tag>
  );
}

/** Findings in one section per severity (errors first), each rendered by the caller. */
export function FindingGroups({ findings, renderFinding }: { findings: readonly Finding[]; renderFinding: (finding: Finding) => ReactNode }) {
  const { t } = useTranslation();
  return SEVERITIES.map((severity) => {
    const group = findings.filter((finding) => finding.severity === severity);
    if (group.length === 0) return null;
    return (
      <section key={severity} className={`findings-group findings-${severity}`} aria-label={t(`catalog.severity.${severity}`)}>
        <h3 className="findings-group-title">
          <SeverityIcon severity={severity} /> {t(`catalog.severity.${severity}`)} <span className="findings-count">{group.length}</span>
        </h3>
        <ul className="findings-list">
          {group.map((finding, index) => <Fragment key={`${finding.rule}:${finding.path}:${index}`}>{renderFinding(finding)}</Fragment>)}
        </ul>
      </section>
    );
  });
}

/** The guide checker's findings grouped by severity, each with its message, the fix hint and where it is. */
export function FindingsPanel({ findings, content }: { findings: readonly Finding[]; content?: ImplementationContent | null | undefined }) {
  const { t } = useTranslation();
  const { pick } = useCodeLabels();
  const describe = useChangeDescriber([content]);
  if (findings.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('catalogAdmin.findings.none')} />;
  return (
    <div className="findings" data-testid="findings">
      <FindingGroups
        findings={findings}
        renderFinding={(finding) => {
          const title = RULES_BY_ID.get(finding.rule)?.title;
          return (
            <li className="finding">
              <div className="finding-message">
                <strong>{pick(finding.message)}</strong>
                {finding.blocksSave ? <Tag color="red" className="finding-blocking">{t('catalogAdmin.findings.blocksSave')}</Tag> : null}
              </div>
              <div className="finding-hint">
                <span className="guide-label">{t('catalogAdmin.findings.hint')}
                  {t('catalog.colon')}
                </span>
                {pick(finding.hint)}
              </div>
              <div className="finding-meta">
                {title ? <span>{pick(title)}</span> : null}
                <span className="code-tag">{finding.rule}</span>
                {finding.path ? <span>{t('catalogAdmin.findings.location', { path: describe.label(finding.path) })}</span> : null}
              </div>
            </li>
          );
        }}
      />
    </div>
  );
}
