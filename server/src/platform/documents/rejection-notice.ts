import { remediesSentence } from './legal-texts.ts';
import { formatChineseDate, officialNotice, paragraph, requireText, type NoticeBase, type RemedyBodies } from './notice-layout.ts';
import type { PdfDefinition } from './pdf-definition.ts';

export interface RejectionNoticeData extends NoticeBase {
  submittedOn: string;
  /** Why, in words the applicant understands, e.g. "该申请事项依法不需要取得行政许可". */
  reason: string;
  /** The provision relied on, e.g. "《中华人民共和国行政许可法》第三十二条第一款第（二）项". */
  legalBasis: string;
  /** Where to turn instead (art. 32(1)(2): "告知申请人向有关行政机关申请"). */
  advice?: string;
  remedies?: RemedyBodies;
}

/** 不予受理通知书: refusal to accept, with reason, legal basis and the applicant's remedies. */
export function rejectionNotice(data: RejectionNoticeData): PdfDefinition {
  const reason = requireText(data.reason, 'reason').replace(/[。.]$/, '');
  const basis = requireText(data.legalBasis, 'legalBasis');
  return officialNotice(data, {
    title: '不予受理通知书',
    body: [
      paragraph(
        `你（单位）于${formatChineseDate(data.submittedOn)}提出的“${data.itemName}”申请，` +
          `经审查，${reason}。根据${basis}的规定，本机关决定不予受理。`,
      ),
      ...(data.advice ? [paragraph(data.advice)] : []),
      paragraph(remediesSentence(data.remedies, '通知')),
    ],
  });
}
