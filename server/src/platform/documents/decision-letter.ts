import { APPROVAL_BASIS, DENIAL_BASIS, remediesSentence } from './legal-texts.ts';
import { formatChineseDate, gridTable, officialNotice, paragraph, requireText, type NoticeBase, type RemedyBodies } from './notice-layout.ts';
import type { PdfDefinition } from './pdf-definition.ts';

export interface ApprovedDecision {
  result: 'approved';
  /** What is granted, e.g. "准予你单位从事预包装食品销售". */
  content: string;
  /** The item's own legal basis, cited before the licensing law. */
  legalBasis?: string;
  /** The result licence, when there is one (the licences module issues the electronic licence itself). */
  licence?: { name: string; number?: string; validFrom?: string; validUntil?: string };
  /** Conditions or obligations attached to the grant. */
  conditions?: string;
  /** How the result reaches the applicant, e.g. "请持本决定书到市政务服务中心3号窗口领取许可证". */
  delivery?: string;
}

export interface DeniedDecision {
  result: 'denied';
  reason: string;
  legalBasis: string;
  remedies?: RemedyBodies;
}

export interface DecisionLetterData extends NoticeBase {
  submittedOn: string;
  acceptedOn: string;
  decision: ApprovedDecision | DeniedDecision;
}

/** 准予行政许可决定书 / 不予行政许可决定书 (licensing law art. 38). */
export function decisionLetter(data: DecisionLetterData): PdfDefinition {
  const opening =
    `你（单位）于${formatChineseDate(data.submittedOn)}提出的“${data.itemName}”申请，` +
    `本机关已于${formatChineseDate(data.acceptedOn)}依法受理。`;
  const decision = data.decision;
  switch (decision.result) {
    case 'approved': {
      const basis = decision.legalBasis?.trim() ? `${decision.legalBasis.trim()}和${APPROVAL_BASIS}` : APPROVAL_BASIS;
      const content = requireText(decision.content, 'decision.content').replace(/[。.]$/, '');
      const licence = decision.licence;
      return officialNotice(data, {
        title: '准予行政许可决定书',
        body: [
          paragraph(`${opening}经审查，申请符合法定条件、标准。根据${basis}的规定，本机关决定准予行政许可：${content}。`),
          ...(licence
            ? [
                gridTable(
                  ['许可证件', '证件编号', '有效期'],
                  [[licence.name, licence.number ?? '（另行制发）', validity(licence.validFrom, licence.validUntil)]],
                  ['*', '*', '*'],
                ),
              ]
            : []),
          ...(decision.conditions ? [paragraph(`许可条件及义务：${decision.conditions}`)] : []),
          ...(decision.delivery ? [paragraph(decision.delivery)] : []),
        ],
      });
    }
    case 'denied': {
      const reason = requireText(decision.reason, 'decision.reason').replace(/[。.]$/, '');
      const basis = requireText(decision.legalBasis, 'decision.legalBasis');
      return officialNotice(data, {
        title: '不予行政许可决定书',
        body: [
          paragraph(`${opening}经审查，${reason}。根据${basis}和${DENIAL_BASIS}的规定，本机关决定不予行政许可。`),
          paragraph(remediesSentence(decision.remedies, '决定')),
        ],
      });
    }
    default:
      throw new TypeError(`Unknown decision result: ${String((decision as { result: unknown }).result)}`);
  }
}

function validity(from: string | undefined, until: string | undefined): string {
  if (from && until) return `${formatChineseDate(from)}至${formatChineseDate(until)}`;
  if (until) return `至${formatChineseDate(until)}`;
  if (from) return `自${formatChineseDate(from)}起长期有效`;
  return '长期有效';
}
