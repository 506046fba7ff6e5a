/**
 * Differences between two versions of an implementation, for reviewers ("what changed since the published
 * version"). Arrays of objects that carry a `key` (materials, process steps) are matched by key, so inserting a
 * material shows as one addition rather than a change of every later material.
 */
import { deepEqual } from '../util/canonical-json.ts';

export interface ContentChange {
  /** JSON pointer; keyed array members are addressed by key, e.g. /materials/id-card/legalBasis. */
  path: string;
  op: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

function isKeyedArray(value: unknown): value is { key: string }[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'object' && v !== null && typeof (v as { key?: unknown }).key === 'string');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function diffContent(before: unknown, after: unknown, path = ''): ContentChange[] {
  if (deepEqual(before, after)) return [];
  if (before === undefined) return [{ path, op: 'added', after }];
  if (after === undefined) return [{ path, op: 'removed', before }];
  if ((isKeyedArray(before) || (Array.isArray(before) && before.length === 0)) && (isKeyedArray(after) || (Array.isArray(after) && after.length === 0))
      && (isKeyedArray(before) || isKeyedArray(after))) {
    const b = new Map((before as { key: string }[]).map((m) => [m.key, m]));
    const a = new Map((after as { key: string }[]).map((m) => [m.key, m]));
    const changes: ContentChange[] = [];
    for (const [key, value] of b) changes.push(...diffContent(value, a.get(key), `${path}/${escapePointer(key)}`));
    for (const [key, value] of a) if (!b.has(key)) changes.push({ path: `${path}/${escapePointer(key)}`, op: 'added', after: value });
    const order = (list: { key: string }[]) => list.map((m) => m.key).filter((k) => a.has(k) && b.has(k));
    if (changes.length === 0 && order(before as { key: string }[]).join() !== order(after as { key: string }[]).join()) {
      changes.push({ path, op: 'changed', before: order(before as { key: string }[]), after: order(after as { key: string }[]) });
    }
    return changes;
  }
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((k) => diffContent(before[k], after[k], `${path}/${escapePointer(k)}`));
  }
  return [{ path, op: 'changed', before, after }];
}
