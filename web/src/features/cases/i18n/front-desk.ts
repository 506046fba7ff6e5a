/**
 * UI text of the frontDesk pages. zh-CN is the default; en-US is typed against it, so a key missing from either
 * fails the typecheck. Wired into web/src/i18n/locales/*.ts as the top-level `frontDesk` block.
 */
export const frontDeskZhCN = {
  title: '',
};

export const frontDeskEnUS: typeof frontDeskZhCN = {
  title: '',
};
