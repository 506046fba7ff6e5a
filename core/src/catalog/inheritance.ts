/**
 * A county/district implementation may inherit an item distributed by the city and fill only the local elements
 * [000]: where and when it is handled, whom to call, a further-compressed promised limit, and local FAQ.
 * Everything else stays as the city defined it.
 */
import { deepEqual } from '../util/canonical-json.ts';
import type { ImplementationContent } from './implementation.ts';

export const LOCAL_ELEMENTS = ['place', 'officeHours', 'consultationPhone', 'complaintPhone', 'promisedLimit', 'faq'] as const satisfies readonly (keyof ImplementationContent)[];
export type LocalElement = (typeof LOCAL_ELEMENTS)[number];

/** Elements of `child` that differ from `parent` although they are not local elements. */
export function changedInheritedElements(parent: ImplementationContent, child: ImplementationContent): (keyof ImplementationContent)[] {
  const keys = new Set([...Object.keys(parent), ...Object.keys(child)] as (keyof ImplementationContent)[]);
  return [...keys].filter((k) => !(LOCAL_ELEMENTS as readonly string[]).includes(k) && !deepEqual(parent[k], child[k])).sort();
}

/** The child's content after the parent changed: the parent's elements with the child's local elements kept. */
export function mergeInherited(parent: ImplementationContent, child: ImplementationContent): ImplementationContent {
  const merged = cloneJson(parent);
  for (const key of LOCAL_ELEMENTS) (merged as unknown as Record<string, unknown>)[key] = cloneJson(child[key]);
  return merged;
}

/** Implementation content is plain JSON, so a JSON round trip is a faithful deep copy (core has no DOM/Node types). */
function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
