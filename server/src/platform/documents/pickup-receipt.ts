import { gridTable, officialNotice, paragraph, requireText, type NoticeBase } from './notice-layout.ts';
import type { Content, PdfDefinition } from './pdf-definition.ts';

export interface ResultDocument {
  /** E.g. "准予行政许可决定书", "食品经营许可证（正本）". */
  name: string;
  /** 文号 or licence number. */
  number?: string;
  copies: number;
}

export interface PickupReceiptData extends NoticeBase {
  documents: ResultDocument[];
  /** The window handing over, e.g. "市政务服务中心综合出件窗口（3号）". */
  windowName?: string;
  clerkName?: string;
}

/** 批复材料签收单: the slip the applicant (or agent) signs when collecting results at a window. */
export function pickupReceipt(data: PickupReceiptData): PdfDefinition {
  if (!Array.isArray(data.documents) || data.documents.length === 0) throw new TypeError('A sign-off slip must list at least one document');
  const rows = data.documents.map((document, index) => [
    String(index + 1),
    requireText(document.name, `documents[${index}].name`),
    document.number ?? '',
    String(document.copies),
  ]);
  const blank = '＿＿＿＿＿＿＿＿＿＿';
  const signOff: Content = {
    unbreakable: true,
    margin: [0, 8, 0, 0],
    table: {
      widths: [110, '*'],
      body: [
        [{ text: '领取人（签字）', style: 'tableCell', bold: true }, { text: ' ', style: 'tableCell', margin: [0, 8, 0, 8] }],
        [{ text: '证件类型及号码', style: 'tableCell', bold: true }, { text: ' ', style: 'tableCell', margin: [0, 3, 0, 3] }],
        [{ text: '联系电话', style: 'tableCell', bold: true }, { text: ' ', style: 'tableCell', margin: [0, 3, 0, 3] }],
        [{ text: '领取日期', style: 'tableCell', bold: true }, { text: '　　　　年　　月　　日', style: 'tableCell', margin: [0, 3, 0, 3] }],
        [{ text: '出件窗口', style: 'tableCell', bold: true }, { text: data.windowName ?? blank, style: 'tableCell' }],
        [{ text: '经办人', style: 'tableCell', bold: true }, { text: data.clerkName ?? blank, style: 'tableCell' }],
      ],
    },
    layout: 'official',
  };
  return officialNotice(data, {
    title: '批复材料签收单',
    salutation: null,
    body: [
      paragraph(`“${data.itemName}”的下列批复材料已当面交付，请领取人核对无误后签收：`),
      gridTable(['序号', '材料名称', '文号/证照编号', '份数'], rows, [32, '*', 150, 36]),
      signOff,
      { text: '委托他人代领的，代领人须出示本人有效身份证件和申请人签署的授权委托书。', style: 'note' },
    ],
  });
}
