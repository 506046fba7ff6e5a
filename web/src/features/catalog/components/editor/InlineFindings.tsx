import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCodeLabels } from '../../hooks/useCodeLabels.ts';
import { SeverityIcon } from '../workbench/FindingsPanel.tsx';
import { useEditorContext } from './EditorContext.tsx';

/** The live findings about one element (or one material, step, fee, FAQ entry), shown right under it. */
export function InlineFindings({ anchor }: { anchor: string }) {
  const { t } = useTranslation();
  const { pick } = useCodeLabels();
  const { findingsByAnchor } = useEditorContext();
  const findings = findingsByAnchor.get(anchor) ?? [];
  if (findings.length === 0) return null;
  return (
    <ul className="inline-findings" aria-label={t('catalogEditor.findings.inlineLabel')} data-testid="inline-findings">
      {findings.map((finding, index) => (
        <li key={`${finding.rule}:${finding.path}:${index}`} className={`inline-finding inline-finding-${finding.severity}`} data-rule={finding.rule}>
          <div className="inline-finding-message">
            <SeverityIcon severity={finding.severity} />
            <span className="visually-hidden">{t(`catalog.severity.${finding.severity}`)}</span>
            <span>{pick(finding.message)}</span>
            {finding.blocksSave ? (
              <Tag color="red" className="finding-blocking">
                {t('catalogEditor.findings.blocksSave')}
              </Tag>
            ) : null}
          </div>
          <div className="inline-finding-hint">{pick(finding.hint)}</div>
        </li>
      ))}
    </ul>
  );
}
