import { ACCEPTANCE_BASIS, CLOCK_EXCLUSION } from './legal-texts.ts';
import { formatChineseDate, gridTable, officialNotice, paragraph, requireText, type NoticeBase } from './notice-layout.ts';
import type { PdfDefinition } from './pdf-definition.ts';

export interface ReceivedMaterial {
  name: string;
  /** 原件 / 复印件 / 电子件 … as the guide names it. */
  form?: string;
  copies?: number;
}

export interface AcceptanceNoticeData extends NoticeBase {
  /** Day the application (or the last correction) was received. */
  submittedOn: string;
  materialsReceived: ReceivedMaterial[];
  /** The promised conclusion date, already computed in working days by the cases module. */
  promisedConclusionDate: string;
  promisedWorkingDays?: number;
  /** Replaces the default citation (licensing law art. 32) for items that are not administrative licences. */
  legalBasis?: string;
  /** E.g. the consultation phone; printed as a last paragraph. */
  contact?: string;
}

/** 受理通知书: the written proof of acceptance the licensing law (art. 32, para. 2) requires. */
export function acceptanceNotice(data: AcceptanceNoticeData): PdfDefinition {
  const basis = data.legalBasis?.trim() || ACCEPTANCE_BASIS;
  const limit = data.promisedWorkingDays === undefined ? '' : `，承诺办结时限为${data.promisedWorkingDays}个工作日（自受理之日的次日起计算）`;
  const rows = data.materialsReceived.map((material, index) => [
    String(index + 1),
    requireText(material.name, `materialsReceived[${index}].name`),
    material.form ?? '',
    material.copies === undefined ? '' : String(material.copies),
  ]);
  return officialNotice(data, {
    title: '受理通知书',
    body: [
      paragraph(
        `你（单位）于${formatChineseDate(data.submittedOn)}提出的“${data.itemName}”申请，` +
          `经审查，申请事项属于本机关职权范围，申请材料齐全、符合法定形式。根据${basis}的规定，本机关决定予以受理。`,
      ),
      paragraph(`本机关将于${formatChineseDate(data.promisedConclusionDate)}前作出决定${limit}。${CLOCK_EXCLUSION}可扫描下方二维码或登录网上办事大厅，凭办件编号查询办理进度。`),
      { text: `已收取的申请材料（共${rows.length}项）`, style: 'sectionHeading' },
      rows.length > 0 ? gridTable(['序号', '材料名称', '形式', '份数'], rows, [32, '*', 60, 36]) : paragraph('（无纸质材料，全部材料已在线提交。）'),
      ...(data.contact ? [paragraph(data.contact)] : []),
    ],
  });
}
