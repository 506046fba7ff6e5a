import type { EnterpriseTheme, PersonTheme } from '@onetrip/core';

/**
 * The life events the home page features (a selection of the catalogue's themes, see core catalog-codes); each
 * links to the catalogue filtered by that theme, so the keys are the catalogue's theme codes.
 */
export const HOME_PERSON_THEMES = ['birth', 'household', 'social_security', 'employment', 'education', 'medical', 'housing', 'marriage'] as const satisfies readonly PersonTheme[];
export const HOME_ENTERPRISE_THEMES = ['establishment', 'permits', 'construction', 'tax'] as const satisfies readonly EnterpriseTheme[];
export const HOME_THEMES = [...HOME_PERSON_THEMES, ...HOME_ENTERPRISE_THEMES] as const;
export type HomeTheme = (typeof HOME_THEMES)[number];
