import 'i18next';
import type { zhCN } from './locales/zh-CN.ts';

// Typed keys: a t('…') call with a key that does not exist fails the typecheck.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
