import type { ThemeConfig } from 'antd';

/**
 * Colours chosen for WCAG 2.1 AA (≥ 4.5:1 for text on white). antd's default primary #1677ff reaches only
 * 4.1:1, so links and primary buttons use a darker government blue:
 *   primary #0b57b0 7.0:1 · hover #1d63c4 5.8:1 · active #0a4a9a 8.5:1 (white text on each, and each on white)
 *   error #c62828 5.6:1 · success #237804 5.6:1 · warning #ad4e00 5.4:1 · secondary text #666 5.7:1
 */
export const BRAND = {
  primary: '#0b57b0',
  primaryHover: '#1d63c4',
  primaryActive: '#0a4a9a',
  heroFrom: '#0a3d7d',
  heroTo: '#0b57b0',
} as const;

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: BRAND.primary,
    colorInfo: BRAND.primary,
    colorLink: BRAND.primary,
    colorPrimaryHover: BRAND.primaryHover,
    colorPrimaryActive: BRAND.primaryActive,
    colorLinkHover: BRAND.primaryHover,
    colorLinkActive: BRAND.primaryActive,
    colorError: '#c62828',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.6)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    borderRadius: 6,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', headerPadding: '0 24px', bodyBg: '#f3f6fa', siderBg: '#ffffff' },
  },
};
