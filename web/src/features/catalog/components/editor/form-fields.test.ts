import { checkImplementation } from '@onetrip/core';
import { describe, expect, it } from 'vitest';
import { validImplementationFixture } from '../../../../../../core/src/catalog/guide-check/fixtures.ts';
import { addField, editField, kindOf, listFields, moveField, removeField } from './form-fields.ts';

function fixture() {
  return validImplementationFixture();
}

describe('structured editing of the application form', () => {
  it('lists the fields in order with title, kind, requirement and choices', () => {
    const { content } = fixture();
    const fields = listFields(content.form);
    expect(fields.map((f) => f.key)).toStrictEqual(content.form.ui.order);
    for (const field of fields) {
      expect(field.title).toBe(content.form.schema.properties[field.key]?.title);
      expect(field.isRequired).toBe((content.form.schema.required ?? []).includes(field.key));
    }
  });

  it('adds a field the checker accepts, required or not, at the end of the order', () => {
    const { content, ctx } = fixture();
    content.form = addField(content.form, { key: 'remark', title: '备注', kind: 'textarea', isRequired: false });
    content.form = addField(content.form, { key: 'storeType', title: '门店类型', kind: 'select', isRequired: true });
    content.form = editField(content.form, 'storeType', { options: ['直营', '加盟'] });
    expect(content.form.ui.order.slice(-2)).toStrictEqual(['remark', 'storeType']);
    expect(content.form.schema.properties.storeType).toStrictEqual({ type: 'string', enum: ['直营', '加盟'], title: '门店类型' });
    expect(content.form.schema.required).toContain('storeType');
    expect(content.form.schema.required).not.toContain('remark');
    expect(kindOf(content.form.schema.properties.remark, content.form.ui.fields.remark)).toBe('textarea');
    expect(checkImplementation(content, ctx).filter((f) => f.path.startsWith('/form'))).toStrictEqual([]);
  });

  it('edits title, requirement, hints and the choices of a multiple-choice field', () => {
    const { content } = fixture();
    let form = addField(content.form, { key: 'services', title: '服务', kind: 'checkbox', isRequired: false });
    form = editField(form, 'services', { options: ['堂食', '外卖'] });
    form = editField(form, 'services', { title: '经营服务' });
    form = editField(form, 'services', { isRequired: true });
    form = editField(form, 'services', { help: '可多选' });
    form = editField(form, 'services', { prefill: 'name' });
    form = editField(form, 'services', { prefill: '' });
    expect(form.schema.properties.services).toMatchObject({ type: 'array', title: '经营服务', items: { enum: ['堂食', '外卖'] } });
    expect(form.schema.required).toContain('services');
    expect(form.ui.fields.services).toStrictEqual({ widget: 'checkbox', help: '可多选' });
    expect(editField(form, 'services', { isRequired: false }).schema.required).not.toContain('services');
  });

  it('moves and removes fields without touching the original', () => {
    const { content } = fixture();
    const [first, second] = content.form.ui.order;
    const moved = moveField(content.form, second!, -1);
    expect(moved.ui.order.slice(0, 2)).toStrictEqual([second, first]);
    expect(moveField(content.form, first!, -1).ui.order).toStrictEqual(content.form.ui.order);
    const removed = removeField(content.form, first!);
    expect(removed.schema.properties[first!]).toBeUndefined();
    expect(removed.ui.order).not.toContain(first);
    expect(removed.schema.required ?? []).not.toContain(first);
    expect(content.form.ui.order[0]).toBe(first);
  });

  it('leaves a condition naming a removed field for the checker to report', () => {
    const { content, ctx } = fixture();
    const conditional = listFields(content.form).find((field) => field.showWhen !== null);
    expect(conditional, 'the fixture has a conditional field').toBeTruthy();
    content.form = removeField(content.form, conditional!.showWhen!.field);
    expect(checkImplementation(content, ctx).some((f) => f.path.startsWith('/form'))).toBe(true);
  });
});
