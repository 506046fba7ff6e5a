import type { ImplementationContent } from '@onetrip/core';
import { useTranslation } from 'react-i18next';
import { useCodeLabels } from './useCodeLabels.ts';
import { useFormatLimit } from './useFormatLimit.ts';

/** Elements whose members carry a `key` (the diff addresses them by it, e.g. /materials/id-card/legalBasis). */
const KEYED_ELEMENTS = new Set(['materials', 'process']);

/** Code-table values translated per element or per field of an element (paths end in these names). */
const CODE_TABLES: Record<string, string> = {
  caseKind: 'catalog.caseKinds',
  crossRegionScope: 'catalog.crossRegion',
  channels: 'catalog.channels',
  audiences: 'catalog.audiences',
  themes: 'catalog.themes',
  specialProcedures: 'catalog.specialProcedures',
  'materials.kind': 'catalog.materialKinds',
  'materials.form': 'catalog.materialForms',
  'materials.necessity': 'catalog.necessities',
  'materials.source': 'catalog.materialSources',
  'process.role': 'catalog.stepRoles',
  'result.type': 'catalog.resultTypes',
};

const MAX_TEXT = 300;

function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * Drops "changes" between two kinds of nothing (null → ""): the draft endpoint currently stores an omitted file or
 * proof code as "" where the published version has null, which is no change a reviewer should have to read.
 */
export function withoutEmptyChanges<T extends { before?: unknown; after?: unknown }>(changes: readonly T[]): T[] {
  return changes.filter((change) => !(isEmptyValue(change.before) && isEmptyValue(change.after)));
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function isTimeLimit(value: unknown): value is { value: number; unit: 'working_days' | 'natural_days'; note?: string } {
  return typeof value === 'object' && value !== null && typeof (value as { value?: unknown }).value === 'number' && typeof (value as { unit?: unknown }).unit === 'string';
}

function truncate(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/**
 * Turns the diff's JSON pointers and raw values into words a reviewer reads: "申请材料 › 营业执照 › 依据", "承诺件",
 * "5 个工作日". Keyed members are named from the versions being compared.
 */
export function useChangeDescriber(contents: readonly (ImplementationContent | null | undefined)[]) {
  const { t, i18n } = useTranslation();
  const labels = useCodeLabels();
  const formatLimit = useFormatLimit();
  const translate = (key: string, fallback: string): string => (i18n.exists(key) ? String(t(key as 'common.appName')) : fallback);

  const memberName = (element: string, key: string): string => {
    for (const content of contents) {
      const list = (content as unknown as Record<string, unknown> | null | undefined)?.[element];
      if (!Array.isArray(list)) continue;
      const member = (list as { key?: string; name?: string }[]).find((m) => m.key === key);
      if (member?.name) return member.name;
    }
    return key;
  };

  /** Findings point into arrays by index (/materials/2/legalBasis); name the member when it has a name. */
  const memberAt = (element: string, index: number): string | undefined => {
    for (const content of contents) {
      const list = (content as unknown as Record<string, unknown> | null | undefined)?.[element];
      if (!Array.isArray(list)) continue;
      const member = list[index] as { name?: unknown; item?: unknown } | undefined;
      if (typeof member?.name === 'string') return member.name;
      if (typeof member?.item === 'string') return member.item;
    }
    return undefined;
  };

  const segmentsOf = (path: string) => path.split('/').slice(1).map(unescapePointer);

  /** The unit of the time limit a `/…/value` pointer is in, read from the versions compared. */
  const unitAt = (path: string): 'working_days' | 'natural_days' | undefined => {
    const segments = segmentsOf(path).slice(0, -1);
    for (const content of contents) {
      let node: unknown = content;
      for (const segment of segments) {
        if (Array.isArray(node)) node = (node as { key?: string }[]).find((m) => m.key === segment) ?? node[Number(segment)];
        else node = (node as Record<string, unknown> | null | undefined)?.[segment];
      }
      if (isTimeLimit(node)) return node.unit;
    }
    return undefined;
  };

  const label = (path: string): string => {
    const [element, ...rest] = segmentsOf(path);
    if (!element) return t('catalogAdmin.elements.name');
    const parts = [translate(`catalogAdmin.elements.${element}`, element)];
    rest.forEach((segment, index) => {
      if (/^\d+$/.test(segment)) {
        const name = index === 0 ? memberAt(element, Number(segment)) : undefined;
        parts.push(name ?? t('catalogAdmin.itemNumber', { index: Number(segment) + 1 }));
      }
      else if (index === 0 && KEYED_ELEMENTS.has(element)) parts.push(memberName(element, segment));
      else parts.push(translate(`catalogAdmin.fields.${segment}`, segment));
    });
    return parts.join(' › ');
  };

  const value = (path: string, raw: unknown): string => {
    if (isEmptyValue(raw)) return t('catalogAdmin.changes.empty');
    const segments = segmentsOf(path).filter((segment) => !/^\d+$/.test(segment));
    const element = segments[0] ?? '';
    const field = segments.length > 1 ? segments[segments.length - 1] : undefined;
    if (typeof raw === 'boolean') return raw ? t('catalogAdmin.yes') : t('catalogAdmin.no');
    if (element === 'onlineDepth' && typeof raw === 'number') return `${raw} · ${labels.onlineDepth(raw)}`;
    if (isTimeLimit(raw)) return formatLimit(raw);
    // /promisedLimit/value, /process/<key>/limit/value: the number of days, in the unit the limit has.
    if (field === 'value' && typeof raw === 'number') {
      const unit = unitAt(path);
      if (unit) return formatLimit({ value: raw, unit });
    }
    if (typeof raw === 'string' || typeof raw === 'number') {
      const table = CODE_TABLES[field ? `${element}.${field}` : element];
      return truncate(table ? translate(`${table}.${raw}`, String(raw)) : String(raw));
    }
    if (Array.isArray(raw)) {
      // A reordering of keyed members comes as the two key orders.
      if (KEYED_ELEMENTS.has(element) && !field && raw.every((v) => typeof v === 'string')) {
        return raw.map((key: string) => memberName(element, key)).join('、');
      }
      return truncate(raw.map((member) => value(path, member)).join('、'));
    }
    if (typeof raw === 'object') {
      const named = raw as { name?: unknown; item?: unknown; question?: unknown };
      for (const candidate of [named.name, named.item, named.question]) if (typeof candidate === 'string') return truncate(candidate);
      return truncate(JSON.stringify(raw));
    }
    return truncate(JSON.stringify(raw) ?? '');
  };

  return { label, value };
}
