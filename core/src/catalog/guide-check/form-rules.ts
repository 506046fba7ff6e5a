/**
 * The application form (JSON Schema + UI hints). Browser and server both validate submissions with it, so a broken
 * schema breaks online application for everyone: every reference must resolve, every field must have a title and a
 * place in the order, and a field that may be hidden cannot be unconditionally required.
 */
import type { GuideRule, Issue } from './shared.ts';
import { defineRule, isRecord, list, pointer, text } from './shared.ts';
import type { ImplementationContent } from '../implementation.ts';

interface FormParts {
  schema: Record<string, unknown> | null;
  properties: Record<string, unknown>;
  required: unknown;
  allOf: unknown;
  order: unknown;
  fields: Record<string, unknown>;
}

/** Reads the form defensively: any part may be missing in a stored or imported document. */
function formParts(c: ImplementationContent): FormParts {
  const form: Record<string, unknown> = isRecord(c.form) ? c.form : {};
  const schema = isRecord(form.schema) ? form.schema : null;
  const ui: Record<string, unknown> = isRecord(form.ui) ? form.ui : {};
  return {
    schema,
    properties: schema && isRecord(schema.properties) ? schema.properties : {},
    required: schema?.required,
    allOf: schema?.allOf,
    order: ui.order,
    fields: isRecord(ui.fields) ? ui.fields : {},
  };
}

function has(record: Record<string, unknown>, key: unknown): key is string {
  return typeof key === 'string' && Object.hasOwn(record, key);
}

const onlineFormEmpty = defineRule(
  { id: 'online-form-empty', severity: 'error', blocksSave: false, title: { zh: '可网上申请但申请表单为空', en: 'Online application without form fields' } },
  (c) => {
    const depth = c.onlineDepth;
    if (typeof depth !== 'number' || depth < 2) return [];
    if (Object.keys(formParts(c).properties).length > 0) return [];
    return [{
      path: '/form/schema/properties',
      message: { zh: '事项支持网上申请，但申请表单没有任何字段。', en: 'The item can be applied for online but the form has no fields.' },
      hint: {
        zh: '按申请书内容设计表单字段（申请人信息、申请事项信息等），并尽量从账户信息预填。',
        en: 'Design the form after the application document (applicant, subject of the application), prefilled from the account where possible.',
      },
    }];
  },
);

const formSchemaType = defineRule(
  { id: 'form-schema-type', severity: 'error', blocksSave: false, title: { zh: '表单结构类型错误', en: 'Form schema is not an object schema' } },
  (c) => {
    const { schema } = formParts(c);
    if (schema === null) {
      return [{
        path: '/form/schema',
        message: { zh: '申请表单缺少结构定义（schema）。', en: 'The form has no schema.' },
        hint: { zh: '表单结构应为 type 为 object 的 JSON Schema。', en: 'The form schema must be a JSON Schema of type object.' },
      }];
    }
    if (schema.type === 'object') return [];
    return [{
      path: '/form/schema/type',
      message: { zh: `表单结构的 type 为“${String(schema.type)}”，应为“object”。`, en: `The form schema has type "${String(schema.type)}"; it must be "object".` },
      hint: { zh: '将表单结构的 type 设为 object，字段定义在 properties 中。', en: 'Set type to object and define the fields under properties.' },
    }];
  },
);

const requiredHint = {
  zh: '必填字段必须在 properties 中定义；删除该引用或补充字段定义。',
  en: 'A required field must be defined under properties: remove the reference or define the field.',
};

function requiredListIssues(value: unknown, path: string, properties: Record<string, unknown>, where: { zh: string; en: string }): Issue[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    return [{ path, message: { zh: `${where.zh}的 required 应为字段名数组。`, en: `"required" in ${where.en} must be an array of field names.` }, hint: requiredHint }];
  }
  return (value as unknown[]).flatMap((key, i): Issue[] =>
    has(properties, key)
      ? []
      : [{
        path: `${path}/${i}`,
        message: { zh: `${where.zh}要求必填的字段“${String(key)}”未在表单中定义。`, en: `${where.en} requires the field "${String(key)}", which is not defined.` },
        hint: requiredHint,
      }]);
}

const formRequiredUnknown = defineRule(
  { id: 'form-required-unknown', severity: 'error', blocksSave: false, title: { zh: '必填或条件字段未定义', en: 'Required or conditional field not defined' } },
  (c) => {
    const { schema, properties, required, allOf } = formParts(c);
    if (schema === null) return [];
    const out = requiredListIssues(required, '/form/schema/required', properties, { zh: '表单', en: 'the form' });
    list(allOf as unknown[]).forEach((clause, i) => {
      if (!isRecord(clause)) return;
      const where = { zh: `第 ${i + 1} 条条件规则`, en: `conditional rule #${i + 1}` };
      for (const branch of ['then', 'else'] as const) {
        const part = clause[branch];
        if (isRecord(part)) out.push(...requiredListIssues(part.required, pointer('form', 'schema', 'allOf', i, branch, 'required'), properties, where));
      }
      const condition = clause.if;
      if (isRecord(condition) && isRecord(condition.properties)) {
        for (const key of Object.keys(condition.properties)) {
          if (Object.hasOwn(properties, key)) continue;
          out.push({
            path: pointer('form', 'schema', 'allOf', i, 'if', 'properties', key),
            message: { zh: `${where.zh}以未定义的字段“${key}”为条件。`, en: `${where.en} depends on the undefined field "${key}".` },
            hint: { zh: '条件规则只能引用表单中已定义的字段。', en: 'A conditional rule may only refer to defined fields.' },
          });
        }
      }
    });
    return out;
  },
);

const formOrderMismatch = defineRule(
  { id: 'form-order-mismatch', severity: 'error', blocksSave: false, title: { zh: '表单字段顺序与定义不一致', en: 'Form order does not match the fields' } },
  (c) => {
    const { properties, order } = formParts(c);
    const keys = Object.keys(properties);
    if (!Array.isArray(order)) {
      return keys.length === 0
        ? []
        : [{
          path: '/form/ui/order',
          message: { zh: '表单未设置字段顺序。', en: 'The form has no field order.' },
          hint: { zh: '在 ui.order 中按填写顺序列出全部字段。', en: 'List every field in ui.order in filling order.' },
        }];
    }
    const out: Issue[] = [];
    const seen = new Set<string>();
    (order as unknown[]).forEach((key, i) => {
      if (!has(properties, key)) {
        out.push({
          path: pointer('form', 'ui', 'order', i),
          message: { zh: `字段顺序中的“${String(key)}”未在表单中定义。`, en: `The order lists "${String(key)}", which is not a defined field.` },
          hint: { zh: '从字段顺序中删除该项，或补充字段定义。', en: 'Remove it from the order or define the field.' },
        });
      } else if (seen.has(key)) {
        out.push({
          path: pointer('form', 'ui', 'order', i),
          message: { zh: `字段“${key}”在字段顺序中重复出现。`, en: `The field "${key}" appears twice in the order.` },
          hint: { zh: '每个字段在字段顺序中只列一次。', en: 'List each field once.' },
        });
      } else {
        seen.add(key);
      }
    });
    for (const key of keys) {
      if (seen.has(key)) continue;
      out.push({
        path: pointer('form', 'schema', 'properties', key),
        message: { zh: `字段“${key}”未列入字段顺序，申请人看不到该字段。`, en: `The field "${key}" is missing from the order, so applicants never see it.` },
        hint: { zh: '将该字段加入 ui.order，或删除不需要的字段。', en: 'Add it to ui.order or delete the field.' },
      });
    }
    return out;
  },
);

const formUiFieldUnknown = defineRule(
  { id: 'form-ui-field-unknown', severity: 'error', blocksSave: false, title: { zh: '界面设置引用了未定义的字段', en: 'UI hints for an undefined field' } },
  (c) => {
    const { properties, fields } = formParts(c);
    return Object.keys(fields).flatMap((key): Issue[] =>
      Object.hasOwn(properties, key)
        ? []
        : [{
          path: pointer('form', 'ui', 'fields', key),
          message: { zh: `界面设置中的字段“${key}”未在表单中定义。`, en: `UI hints are given for "${key}", which is not a defined field.` },
          hint: { zh: '删除该界面设置，或补充字段定义。', en: 'Remove the hints or define the field.' },
        }]);
  },
);

const formShowWhenInvalid = defineRule(
  { id: 'form-show-when-invalid', severity: 'error', blocksSave: false, title: { zh: '字段显示条件无效', en: 'Invalid show-when condition' } },
  (c) => {
    const { properties, fields } = formParts(c);
    return Object.entries(fields).flatMap(([key, hints]): Issue[] => {
      if (!isRecord(hints) || hints.showWhen === undefined) return [];
      const showWhen = hints.showWhen;
      const base = pointer('form', 'ui', 'fields', key, 'showWhen');
      if (!isRecord(showWhen)) {
        return [{
          path: base,
          message: { zh: `字段“${key}”的显示条件格式不正确。`, en: `The show-when condition of "${key}" is malformed.` },
          hint: { zh: '显示条件应写明控制字段（field）和取值（equals）。', en: 'A show-when condition names a field and a value (equals).' },
        }];
      }
      const out: Issue[] = [];
      const field = showWhen.field;
      if (field === key) {
        out.push({
          path: `${base}/field`,
          message: { zh: `字段“${key}”的显示条件引用了自身。`, en: `The field "${key}" is shown depending on itself.` },
          hint: { zh: '显示条件应由另一个字段控制。', en: 'Let another field control it.' },
        });
      } else if (!has(properties, field)) {
        out.push({
          path: `${base}/field`,
          message: {
            zh: `字段“${key}”的显示条件引用了未定义的字段“${String(field)}”。`,
            en: `The field "${key}" is shown depending on "${String(field)}", which is not defined.`,
          },
          hint: { zh: '显示条件只能引用表单中已定义的字段。', en: 'Refer to a defined field.' },
        });
      }
      const equals = showWhen.equals;
      if (typeof equals !== 'string' && typeof equals !== 'number' && typeof equals !== 'boolean') {
        out.push({
          path: `${base}/equals`,
          message: { zh: `字段“${key}”的显示条件未设置取值。`, en: `The show-when condition of "${key}" has no value.` },
          hint: { zh: '写明控制字段取何值时显示本字段。', en: 'Say which value of the controlling field shows this one.' },
        });
      }
      return out;
    });
  },
);

const formTitleMissing = defineRule(
  { id: 'form-title-missing', severity: 'error', blocksSave: false, title: { zh: '表单字段缺少标题', en: 'Form field without title' } },
  (c) =>
    Object.entries(formParts(c).properties).flatMap(([key, definition]): Issue[] =>
      isRecord(definition) && text(definition.title)
        ? []
        : [{
          path: pointer('form', 'schema', 'properties', key, 'title'),
          message: { zh: `表单字段“${key}”没有标题，申请人不知道该填什么。`, en: `The form field "${key}" has no title.` },
          hint: { zh: '为字段填写与申请书一致的中文标题。', en: 'Give the field a title that matches the application document.' },
        }]),
);

const formConditionalFieldRequired = defineRule(
  { id: 'form-conditional-field-required', severity: 'error', blocksSave: false, title: { zh: '条件显示字段被设为无条件必填', en: 'Conditionally shown field is always required' } },
  (c) => {
    const { required, fields } = formParts(c);
    return list(required as unknown[]).flatMap((key, i): Issue[] => {
      const hints = has(fields, key) ? fields[key] : undefined;
      if (!isRecord(hints) || hints.showWhen === undefined) return [];
      return [{
        path: pointer('form', 'schema', 'required', i),
        message: {
          zh: `字段“${String(key)}”仅在特定条件下显示，却被设为无条件必填，不符合条件的申请人将无法提交。`,
          en: `The field "${String(key)}" is shown only under a condition but is always required; other applicants cannot submit.`,
        },
        hint: {
          zh: '从 required 中移除该字段，改在 allOf 的 if/then 条件规则中设为必填。',
          en: 'Remove it from required and require it in an allOf if/then rule instead.',
        },
      }];
    });
  },
);

export const FORM_RULES: readonly GuideRule[] = [
  onlineFormEmpty,
  formSchemaType,
  formRequiredUnknown,
  formOrderMismatch,
  formUiFieldUnknown,
  formShowWhenInvalid,
  formTitleMissing,
  formConditionalFieldRequired,
];
