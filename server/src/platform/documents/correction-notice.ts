import { CORRECTION_BASIS } from './legal-texts.ts';
import { formatChineseDate, gridTable, officialNotice, paragraph, requireText, type NoticeBase } from './notice-layout.ts';
import type { PdfDefinition } from './pdf-definition.ts';

export interface CorrectionItem {
  /** Material name as in the guide. */
  name: string;
  /** `missing`: not provided at all; `defective`: provided but not in legal form. */
  problem: 'missing' | 'defective';
  /** What exactly is wrong, e.g. "营业执照复印件未加盖公章". */
  detail: string;
  /** How to fix it, e.g. "提交加盖公章的复印件1份". */
  remedy: string;
}

export interface CorrectionNoticeData extends NoticeBase {
  submittedOn: string;
  /** Every material to correct: the law asks for all of them in one notice. At least one. */
  materials: CorrectionItem[];
  correctionDeadline: string;
  resubmission: {
    /** Where to correct online (the applicant portal's case page). */
    onlineUrl?: string;
    window?: { name: string; address: string; hours?: string };
  };
  contact?: string;
}

const PROBLEM_LABEL: Record<CorrectionItem['problem'], string> = { missing: '缺少', defective: '不符合要求' };

/** 一次性补正告知书: every missing or defective material at once, the deadline and how to resubmit. */
export function correctionNotice(data: CorrectionNoticeData): PdfDefinition {
  if (!Array.isArray(data.materials) || data.materials.length === 0) {
    throw new TypeError('A correction notice must list at least one material');
  }
  const rows = data.materials.map((material, index) => [
    String(index + 1),
    requireText(material.name, `materials[${index}].name`),
    `${PROBLEM_LABEL[material.problem] ?? material.problem}：${requireText(material.detail, `materials[${index}].detail`)}`,
    requireText(material.remedy, `materials[${index}].remedy`),
  ]);
  const ways: string[] = [];
  const online = data.resubmission.onlineUrl?.trim();
  const window = data.resubmission.window;
  if (online) ways.push(`网上补正：登录 ${online}，在“我的办件”中打开本办件，按上表上传补正材料后重新提交。`);
  if (window) {
    const hours = window.hours ? `，办公时间${window.hours}` : '';
    ways.push(`窗口补正：携带补正材料到${window.name}（${window.address}${hours}）办理，请出示本告知书或报办件编号。`);
  }
  if (ways.length === 0) throw new TypeError('A correction notice must say how to resubmit (online, at a window, or both)');
  const numerals = ['一', '二'];
  return officialNotice(data, {
    title: '一次性补正告知书',
    body: [
      paragraph(
        `你（单位）于${formatChineseDate(data.submittedOn)}提交的“${data.itemName}”申请材料` +
          `不齐全或者不符合法定形式。根据${CORRECTION_BASIS}的规定，现一次性告知需要补正的全部内容（共${rows.length}项）：`,
      ),
      gridTable(['序号', '材料名称', '存在问题', '补正要求'], rows, [32, 110, '*', '*']),
      paragraph(`请于${formatChineseDate(data.correctionDeadline)}前补正上列全部材料。补正方式：`),
      ...ways.map((way, index) => paragraph(`（${numerals[index]}）${way}`)),
      paragraph('补正材料齐全、符合法定形式的，本机关将予以受理。'),
      ...(data.contact ? [paragraph(data.contact)] : []),
    ],
  });
}
