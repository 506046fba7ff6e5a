import { describe, expect, it } from 'vitest';
import { diffContent } from './content-diff.ts';
import { changedInheritedElements, mergeInherited } from './inheritance.ts';
import type { ImplementationContent } from './implementation.ts';

describe('diffContent', () => {
  it('reports nothing for equal content regardless of key order', () => {
    expect(diffContent({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toEqual([]);
  });

  it('reports changed, added and removed members with JSON pointers', () => {
    expect(diffContent({ name: 'A', place: 'x', legalLimit: { value: 20, unit: 'working_days' } }, { name: 'B', legalLimit: { value: 15, unit: 'working_days' }, faq: [] })).toEqual([
      { path: '/faq', op: 'added', after: [] },
      { path: '/legalLimit/value', op: 'changed', before: 20, after: 15 },
      { path: '/name', op: 'changed', before: 'A', after: 'B' },
      { path: '/place', op: 'removed', before: 'x' },
    ]);
  });

  it('matches keyed arrays by key, so an insertion is one addition', () => {
    const before = { materials: [{ key: 'id-card', name: '身份证' }, { key: 'lease', name: '租赁合同' }] };
    const after = { materials: [{ key: 'id-card', name: '身份证' }, { key: 'photo', name: '照片' }, { key: 'lease', name: '房屋租赁合同' }] };
    expect(diffContent(before, after)).toEqual([
      { path: '/materials/lease/name', op: 'changed', before: '租赁合同', after: '房屋租赁合同' },
      { path: '/materials/photo', op: 'added', after: { key: 'photo', name: '照片' } },
    ]);
    expect(diffContent(after, before).map((c) => c.op).sort()).toEqual(['changed', 'removed']);
  });

  it('reports a reordering of keyed members', () => {
    const a = [{ key: 'x' }, { key: 'y' }];
    expect(diffContent({ process: a }, { process: [a[1], a[0]] })).toEqual([{ path: '/process', op: 'changed', before: ['x', 'y'], after: ['y', 'x'] }]);
  });
});

describe('inheritance', () => {
  const parent = { name: '个体工商户设立登记', place: '市政务服务中心', officeHours: '9-17', consultationPhone: '0476-8310001', complaintPhone: '12345', promisedLimit: { value: 1, unit: 'working_days' }, faq: [], legalBasis: '条例' } as unknown as ImplementationContent;

  it('allows local elements to differ and names every other change', () => {
    const child = { ...parent, place: '红山区政务服务中心', consultationPhone: '0476-8252345', promisedLimit: { value: 0, unit: 'working_days' } } as ImplementationContent;
    expect(changedInheritedElements(parent, child)).toEqual([]);
    expect(changedInheritedElements(parent, { ...child, name: '改名', legalBasis: '别的' })).toEqual(['legalBasis', 'name']);
  });

  it('merges a changed parent with the child\'s local elements', () => {
    const child = { ...parent, place: '红山区政务服务中心' };
    const merged = mergeInherited({ ...parent, legalBasis: '新条例' }, child);
    expect(merged.legalBasis).toBe('新条例');
    expect(merged.place).toBe('红山区政务服务中心');
  });
});
