/**
 * UI text of the approval pages. zh-CN is the default; en-US is typed against it, so a key missing from either
 * fails the typecheck. Wired into web/src/i18n/locales/*.ts as the top-level `approval` block.
 */
export const approvalZhCN = {
  title: '',
};

export const approvalEnUS: typeof approvalZhCN = {
  title: '',
};
