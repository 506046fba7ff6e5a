import { EXERCISE_LEVELS, ITEM_TYPES, ONLINE_DEPTHS } from '@onetrip/core';
import { useTranslation } from 'react-i18next';

interface Bilingual {
  zh: string;
  en: string;
}

function isKeyOf<T extends object>(table: T, key: PropertyKey): key is keyof T {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/**
 * Labels of the catalogue's code tables that core carries in both languages (item type, exercise level, online
 * depth); the other code tables are translated in the locale files under `catalog.codes`.
 */
export function useCodeLabels() {
  const { i18n } = useTranslation();
  const isEnglish = i18n.language === 'en-US';
  const pick = (label: Bilingual) => (isEnglish ? label.en : label.zh);
  return {
    pick,
    itemType: (code: string) => (isKeyOf(ITEM_TYPES, code) ? pick(ITEM_TYPES[code]) : code),
    level: (level: number) => (isKeyOf(EXERCISE_LEVELS, level) ? pick(EXERCISE_LEVELS[level]) : String(level)),
    onlineDepth: (depth: number) => (isKeyOf(ONLINE_DEPTHS, depth) ? pick(ONLINE_DEPTHS[depth]) : String(depth)),
  };
}
