/** Life-event themes (主题服务) shown on the portal; the catalogue module will attach items to them. */
export const PERSON_THEMES = ['birth', 'household', 'socialSecurity', 'employment', 'education', 'medical', 'housing', 'marriage'] as const;
export const ENTERPRISE_THEMES = ['businessStart', 'licensing', 'construction', 'tax'] as const;
export const THEMES = [...PERSON_THEMES, ...ENTERPRISE_THEMES] as const;
export type ThemeKey = (typeof THEMES)[number];

export function isThemeKey(value: string | null): value is ThemeKey {
  return value !== null && (THEMES as readonly string[]).includes(value);
}

export const AUDIENCES = ['person', 'enterprise'] as const;
export type Audience = (typeof AUDIENCES)[number];

export function isAudience(value: string | null): value is Audience {
  return value !== null && (AUDIENCES as readonly string[]).includes(value);
}
