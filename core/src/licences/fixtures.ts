/** Example licences for tests (core and server): the GB/T 36904 public example identifier, fictional holder. */
import type { LicenceMetadata } from './licence-metadata.ts';

export const EXAMPLE_LICENCE_IDENTIFIER = '1.2.156.3005.2.11100000000013338W032.11220000013544541J.2430599.001.F';

export const EXAMPLE_LICENCE: LicenceMetadata = {
  identifier: EXAMPLE_LICENCE_IDENTIFIER,
  name: '食品经营许可证',
  typeCode: '11100000000013338W032',
  typeName: '食品经营许可证',
  number: 'JY12204020012345',
  version: '001',
  issuer: { name: '示例市市场监督管理局', code: '11220000013544541J' },
  definingAuthority: { name: '示例证照定义机构', code: '11100000000013338W' },
  issueDate: '2026-11-23',
  validFrom: '2026-11-23',
  validUntil: '2031-11-22',
  jurisdictionCode: '220000',
  holder: { name: '赤峰示例餐饮有限公司', code: '91150402MA0N1B2C4P', codeType: '001' },
  relatedItem: { name: '食品经营许可', code: '11150400MB159837483011300000000' },
  fields: { 经营场所: '红山区示例路 1 号', 主体业态: '餐饮服务经营者', 经营项目: '热食类食品制售', 从业人数: 12, 网络经营: false },
  extension: {},
};

/** A natural-person holder (resident ID, code type 111). */
export const EXAMPLE_PERSON_HOLDER = { name: '张三', code: '150402199003071233', codeType: '111' } as const;
