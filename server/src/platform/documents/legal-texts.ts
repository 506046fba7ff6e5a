// Citations and sentences prescribed by law, kept in one place so every notice words them the same way.

export const LICENSING_LAW = '《中华人民共和国行政许可法》';
export const RECONSIDERATION_LAW = '《中华人民共和国行政复议法》';
export const LITIGATION_LAW = '《中华人民共和国行政诉讼法》';

/** Art. 32(1)(5): within the authority, materials complete and in legal form → accept. */
export const ACCEPTANCE_BASIS = `${LICENSING_LAW}第三十二条第一款第（五）项`;
/** Art. 32(1)(4): incomplete materials → tell everything to correct at once, on the spot or within 5 days. */
export const CORRECTION_BASIS = `${LICENSING_LAW}第三十二条第一款第（四）项`;
/** Art. 38(1): meets the statutory conditions and standards → written decision to grant. */
export const APPROVAL_BASIS = `${LICENSING_LAW}第三十八条第一款`;
/** Art. 38(2): a denial gives its reasons and tells the applicant of the right to reconsideration or litigation. */
export const DENIAL_BASIS = `${LICENSING_LAW}第三十八条第二款`;

/** Art. 45: hearing, tendering, auction, inspection, testing, quarantine, appraisal and expert review do not count. */
export const CLOCK_EXCLUSION =
  `依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在上述期限内，本机关将书面告知所需时间（${LICENSING_LAW}第四十五条）。`;

/**
 * The applicant's remedies. Administrative Reconsideration Law (2023) art. 20(1): within sixty days of knowing of
 * the act; Administrative Litigation Law art. 46(1): a direct suit within six months of knowing of the act.
 */
export function remediesSentence(bodies: { reconsiderationBody?: string; court?: string } | undefined, documentName: string): string {
  const reconsiderationBody = bodies?.reconsiderationBody?.trim() || '有管辖权的行政复议机关';
  const court = bodies?.court?.trim() || '有管辖权的人民法院';
  return (
    `如不服本${documentName}，可以自知道该行政行为之日起六十日内向${reconsiderationBody}申请行政复议` +
    `（${RECONSIDERATION_LAW}第二十条第一款），也可以自知道该行政行为之日起六个月内直接向${court}提起行政诉讼` +
    `（${LITIGATION_LAW}第四十六条第一款）。`
  );
}
