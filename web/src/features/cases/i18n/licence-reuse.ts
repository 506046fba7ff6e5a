/**
 * UI text for e-licences used in applications (减证便民): wired into web/src/i18n/locales/*.ts as the top-level
 * `licenceReuse` block. en-US is typed against zh-CN.
 */
export const licenceReuseZhCN = {
  satisfiable: '可用电子证照代替，无需上传',
  attached: '已调用电子证照',
  verified: '已通过电子证照库核验（{{time}}）',
  identifier: '证照标识',
  validUntil: '有效期至 {{date}}',
  indefinite: '长期有效',
  use: '使用我的电子证照：{{name}}',
  unusable: '您的“{{name}}”{{status}}，不能使用，请上传材料',
  remove: '移除',
  openPdf: '查看电子证照（PDF）',
  removeFile: '移除 {{name}}',
  removed: '已移除',
  attachedOk: '已调用电子证照“{{name}}”',
  status: { valid: '有效', not_yet_valid: '未生效', expired: '已过期', suspended: '已中止', revoked: '已注销' },
};

export const licenceReuseEnUS: typeof licenceReuseZhCN = {
  satisfiable: 'An e-licence can be used instead — no upload needed',
  attached: 'E-licence used',
  verified: 'Checked against the e-licence registry ({{time}})',
  identifier: 'Licence identifier',
  validUntil: 'Valid until {{date}}',
  indefinite: 'No expiry',
  use: 'Use my e-licence: {{name}}',
  unusable: 'Your “{{name}}” is {{status}} and cannot be used; please upload the material',
  remove: 'Remove',
  openPdf: 'Open the e-licence (PDF)',
  removeFile: 'Remove {{name}}',
  removed: 'Removed',
  attachedOk: 'E-licence “{{name}}” attached',
  status: { valid: 'valid', not_yet_valid: 'not yet valid', expired: 'expired', suspended: 'suspended', revoked: 'revoked' },
};
