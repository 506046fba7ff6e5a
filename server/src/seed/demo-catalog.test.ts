import { describe, expect, it } from 'vitest';
import {
  buildImplementationCode, CHANNELS, checkImplementation, FULL_ONLINE_DEPTH, isValidBasicCode, itemTypeOfBasicCode, THEMES, validateCreditCode,
  validateImplementationCode, type CheckContext, type ImplementationContent,
} from '@onetrip/core';
import { DEMO_DEPARTMENTS } from './demo-data.ts';
import { DEMO_BASIC_ITEMS, DEMO_IMPLEMENTATIONS, DEMO_PROJECT_STAGES, DEMO_PROOFS, type DemoImplementation } from './demo-catalog.ts';

const departments = new Map(DEMO_DEPARTMENTS.map((d) => [d.key, d]));
const basicItems = new Map(DEMO_BASIC_ITEMS.map((b) => [b.code, b]));
const cancelledProofCodes: ReadonlySet<string> = new Set(DEMO_PROOFS.filter((p) => p.status === 'cancelled').map((p) => p.code));
const LOCAL_ELEMENTS = ['place', 'officeHours', 'consultationPhone', 'complaintPhone'] as const;

function label(impl: DemoImplementation): string {
  return `${impl.departmentKey}/${impl.content.name}`;
}

function implementationsNamed(name: string): DemoImplementation[] {
  return DEMO_IMPLEMENTATIONS.filter((i) => i.content.name === name);
}

function isZeroTrip(c: ImplementationContent): boolean {
  return c.onlineDepth >= FULL_ONLINE_DEPTH && c.tripsToSite === 0 && c.channels.includes('online') && c.visitReason === null;
}

function isImmediate(c: ImplementationContent): boolean {
  return c.caseKind === 'immediate' && c.process.length <= 1 && c.promisedLimit.value <= 1;
}

describe('demo catalogue: coverage', () => {
  it('has at least 40 implementations across at least 12 departments', () => {
    expect(DEMO_IMPLEMENTATIONS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(DEMO_IMPLEMENTATIONS.map((i) => i.departmentKey)).size).toBeGreaterThanOrEqual(12);
  });

  it('has at least 5 immediate and at least 5 zero-trip implementations', () => {
    expect(DEMO_IMPLEMENTATIONS.filter((i) => isImmediate(i.content)).length).toBeGreaterThanOrEqual(5);
    expect(DEMO_IMPLEMENTATIONS.filter((i) => isZeroTrip(i.content)).length).toBeGreaterThanOrEqual(5);
  });

  it('contains the required items', () => {
    const required: [name: string, departmentKey: string][] = [
      ['个体工商户设立登记', 'scjg'],
      ['个体工商户设立登记', 'hs.scjg'],
      ['食品经营许可', 'scjg'],
      ['建设项目用地预审与选址意见书核发', 'zrzy'],
      ['建设用地规划许可证核发', 'zrzy'],
      ['建设工程规划许可证核发', 'zrzy'],
      ['建筑工程施工许可证核发', 'zjj'],
      ['建设工程竣工验收备案', 'zjj'],
      ['房屋建筑和市政基础设施工程竣工联合验收', 'zjj'],
      ['城乡居民基本养老保险参保登记', 'rsj'],
      ['社会保障卡申领', 'rsj'],
      ['结婚登记', 'mzj'],
      ['最低生活保障审批', 'mzj'],
      ['出生登记', 'gaj'],
      ['户口迁移（投靠亲属迁入）', 'gaj'],
      ['异地就医备案', 'ybj'],
      ['医师执业注册', 'wjw'],
      ['道路货物运输经营许可', 'jtj'],
      ['教师资格认定', 'jyj'],
      ['娱乐场所经营许可', 'wlj'],
      ['农药经营许可', 'nmj'],
      ['排污许可证核发', 'sthj'],
      ['危险化学品经营许可证核发', 'yjj'],
      ['取水许可', 'swj'],
    ];
    for (const [name, dept] of required) {
      expect(implementationsNamed(name).map((i) => i.departmentKey), name).toContain(dept);
    }
    // 住房公积金提取 comes as several sub-items of one main item.
    const withdrawal = DEMO_BASIC_ITEMS.find((b) => b.name === '住房公积金提取');
    expect(withdrawal).toBeDefined();
    const subs = DEMO_IMPLEMENTATIONS.filter((i) => basicItems.get(i.basicCode)?.parentCode === withdrawal!.code);
    expect(subs.length).toBeGreaterThanOrEqual(3);
    expect(new Set(subs.map((i) => i.departmentKey))).toEqual(new Set(['gjj']));
    // 异地就医备案 needs no trip.
    expect(isZeroTrip(implementationsNamed('异地就医备案')[0]!.content)).toBe(true);
  });

  it('lists every construction stage with items that exist', () => {
    expect(DEMO_PROJECT_STAGES.map((s) => s.stage)).toEqual(['立项用地规划许可', '工程建设许可', '施工许可', '竣工验收']);
    for (const stage of DEMO_PROJECT_STAGES) {
      expect(stage.basicCodes.length, stage.stage).toBeGreaterThan(0);
      for (const code of stage.basicCodes) expect(DEMO_IMPLEMENTATIONS.some((i) => i.basicCode === code), `${stage.stage} ${code}`).toBe(true);
    }
  });
});

describe('demo catalogue: codes and references', () => {
  it('has unique, valid basic codes whose prefix is the item type', () => {
    expect(new Set(DEMO_BASIC_ITEMS.map((b) => b.code)).size).toBe(DEMO_BASIC_ITEMS.length);
    for (const b of DEMO_BASIC_ITEMS) {
      expect(isValidBasicCode(b.code), b.name).toBe(true);
      expect(itemTypeOfBasicCode(b.code), b.name).toBe(b.typeCode);
      expect(b.legalBasis.trim(), b.name).not.toBe('');
      expect(b.name.length, b.name).toBeGreaterThanOrEqual(2);
    }
  });

  it('links sub-items to existing main items of the same type and main number', () => {
    for (const b of DEMO_BASIC_ITEMS.filter((x) => x.parentCode !== null)) {
      const parent = basicItems.get(b.parentCode!);
      expect(parent, b.name).toBeDefined();
      expect(parent!.parentCode, b.name).toBeNull();
      expect(parent!.typeCode, b.name).toBe(b.typeCode);
      expect(b.code.slice(0, 5), b.name).toBe(parent!.code.slice(0, 5));
    }
  });

  it('uses existing departments and basic items, with the level of the department', () => {
    for (const impl of DEMO_IMPLEMENTATIONS) {
      const dept = departments.get(impl.departmentKey);
      expect(dept, label(impl)).toBeDefined();
      expect(dept!.kind, label(impl)).toBe('department');
      expect(impl.level, label(impl)).toBe(dept!.region.endsWith('00') ? 3 : 4);
      const basic = basicItems.get(impl.basicCode);
      expect(basic, label(impl)).toBeDefined();
      expect(isValidBasicCode(impl.basicCode), label(impl)).toBe(true);
      expect(impl.content.name, label(impl)).toBe(basic!.name);
    }
  });

  it('builds one unique, valid implementation code per implementation', () => {
    const codes = DEMO_IMPLEMENTATIONS.map((impl) => {
      const dept = departments.get(impl.departmentKey)!;
      const code = buildImplementationCode(dept.creditCode, impl.level, impl.basicCode);
      expect(validateImplementationCode(code, { departmentCreditCode: dept.creditCode, level: impl.level, basicCode: impl.basicCode }), label(impl)).toEqual({ valid: true });
      return code;
    });
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('implements only leaf items, never a main item that has sub-items', () => {
    const parents = new Set(DEMO_BASIC_ITEMS.map((b) => b.parentCode).filter((c): c is string => c !== null));
    for (const impl of DEMO_IMPLEMENTATIONS) expect(parents.has(impl.basicCode), label(impl)).toBe(false);
  });
});

describe('demo catalogue: district inheritance', () => {
  const inheriting = DEMO_IMPLEMENTATIONS.filter((i) => i.inheritsFrom);

  it('has the Hongshan 个体工商户设立登记 inheriting from the city', () => {
    const hs = inheriting.find((i) => i.departmentKey === 'hs.scjg' && i.content.name === '个体工商户设立登记');
    expect(hs?.inheritsFrom).toEqual({ departmentKey: 'scjg' });
  });

  it('differs from its parent only in local elements, and fills them in', () => {
    expect(inheriting.length).toBeGreaterThan(0);
    for (const child of inheriting) {
      const parent = DEMO_IMPLEMENTATIONS.find((p) => p.basicCode === child.basicCode && p.departmentKey === child.inheritsFrom!.departmentKey);
      expect(parent, label(child)).toBeDefined();
      expect(parent!.inheritsFrom, label(child)).toBeUndefined();
      expect(parent!.level, label(child)).toBe(3);
      expect(child.level, label(child)).toBe(4);
      const strip = (c: ImplementationContent) => Object.fromEntries(Object.entries(c).filter(([k]) => !(LOCAL_ELEMENTS as readonly string[]).includes(k)));
      expect(strip(child.content), label(child)).toEqual(strip(parent!.content));
      expect(child.content.place, label(child)).not.toBe(parent!.content.place);
      expect(child.content.consultationPhone, label(child)).not.toBe(parent!.content.consultationPhone);
      expect(child.content.place).toContain(departments.get(child.departmentKey)!.region === '150402' ? '红山区' : '松山区');
    }
  });
});

describe('demo catalogue: proof reduction', () => {
  it('defines at least 8 proofs, at least 4 of them cancelled with a reason', () => {
    expect(DEMO_PROOFS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(DEMO_PROOFS.map((p) => p.code)).size).toBe(DEMO_PROOFS.length);
    expect(cancelledProofCodes.size).toBeGreaterThanOrEqual(4);
    for (const p of DEMO_PROOFS) {
      expect(p.code, p.name).toMatch(/^[A-Z0-9-]{2,40}$/);
      expect(p.note.trim(), p.name).not.toBe('');
      if (p.status === 'cancelled') expect(p.reason, p.name).toBeDefined();
      else expect(p.reason, p.name).toBeUndefined();
    }
    expect(new Set(DEMO_PROOFS.filter((p) => p.status === 'cancelled').map((p) => p.reason)).size).toBeGreaterThanOrEqual(3);
  });

  it('never requires a cancelled proof, and links only known proofs', () => {
    const known = new Set(DEMO_PROOFS.map((p) => p.code));
    let linked = 0;
    for (const impl of DEMO_IMPLEMENTATIONS) {
      for (const m of impl.content.materials) {
        if (!m.proofCode) continue;
        linked += 1;
        expect(known.has(m.proofCode), `${label(impl)} ${m.name}`).toBe(true);
        if (m.necessity === 'required' || m.necessity === 'conditional') expect(cancelledProofCodes.has(m.proofCode), `${label(impl)} ${m.name}`).toBe(false);
      }
    }
    expect(linked).toBeGreaterThan(0);
  });

  it('gives e-licence types in the GB/T 36904 form (credit code + 3 digits)', () => {
    const types = DEMO_IMPLEMENTATIONS.flatMap((i) => [
      ...i.content.materials.map((m) => m.satisfiedByLicenseType),
      i.content.result.licenseTypeCode,
    ]).filter((t): t is string => typeof t === 'string');
    expect(types.length).toBeGreaterThan(0);
    for (const t of types) {
      expect(t).toMatch(/^[0-9A-Z]{18}\d{3}$/);
      expect(validateCreditCode(t.slice(0, 18)).valid, t).toBe(true);
    }
    for (const impl of DEMO_IMPLEMENTATIONS.filter((i) => i.content.result.type === 'license')) {
      expect(impl.content.result.licenseTypeCode, label(impl)).toBeTruthy();
    }
  });
});

describe('demo catalogue: guide consistency', () => {
  it.each(DEMO_IMPLEMENTATIONS.map((i) => [label(i), i] as const))('%s keeps the consistency rules', (_name, impl) => {
    const c = impl.content;
    expect(c.promisedLimit.unit).toBe(c.legalLimit.unit);
    expect(c.promisedLimit.value).toBeLessThanOrEqual(c.legalLimit.value);
    if (c.legalLimit.value > 0) expect(c.promisedLimit.value / c.legalLimit.value).toBeLessThanOrEqual(0.25);
    if (c.onlineDepth >= FULL_ONLINE_DEPTH) {
      expect(c.tripsToSite).toBe(0);
      expect(c.channels).toContain('online');
    }
    if (c.tripsToSite > 0) {
      expect(c.tripsToSite).toBe(1);
      expect(c.visitReason?.trim()).toBeTruthy();
      expect(c.channels).toContain('hall');
    } else {
      expect(c.visitReason).toBeNull();
    }
    if (c.caseKind === 'immediate') {
      expect(c.process.length).toBeLessThanOrEqual(1);
      expect(c.promisedLimit.value).toBeLessThanOrEqual(1);
      expect(c.specialProcedures).toEqual([]);
    }
    expect(c.process.length).toBeGreaterThanOrEqual(1);
    expect(c.process.length).toBeLessThanOrEqual(3);
    expect(c.process.every((s) => s.role === 'approver')).toBe(true);
    expect(c.process.at(-1)!.name).toContain('决定');
    if (c.process.length > 1) expect(c.process[0]!.name).toBe('审查');
    expect(new Set(c.process.map((s) => s.key)).size).toBe(c.process.length);
    expect(c.process.reduce((sum, s) => sum + s.limit.value, 0)).toBeLessThanOrEqual(c.promisedLimit.value);
    expect(c.process.every((s) => s.limit.unit === c.promisedLimit.unit && s.reviewRules?.trim())).toBe(true);

    expect(c.materials.length).toBeGreaterThan(0);
    expect(new Set(c.materials.map((m) => m.key)).size).toBe(c.materials.length);
    expect(new Set(c.materials.map((m) => m.name)).size).toBe(c.materials.length);
    for (const m of c.materials) {
      expect(m.key, m.name).toMatch(/^[a-z0-9-]+$/);
      expect(m.name, m.name).not.toMatch(/其他|其它|(相关|有关)(材料|证明|文件|资料)|等(材料|证明|文件)|复印件/);
      if (m.necessity === 'required') expect(m.legalBasis?.trim(), m.name).toBeTruthy();
      if (m.necessity === 'conditional') expect(m.condition?.trim(), m.name).toBeTruthy();
      else expect(m.condition, m.name).toBeUndefined();
      if (m.form !== 'electronic') expect(m.paperCopies, m.name).toBeGreaterThanOrEqual(1);
      if (c.onlineDepth >= FULL_ONLINE_DEPTH) expect(m.form, `${m.name} must be submittable online`).not.toBe('paper');
      expect(m.acceptanceStandard?.trim(), m.name).toBeTruthy();
    }
    for (const f of c.fees) {
      expect(f.basis.trim()).toBeTruthy();
      expect(f.standard.trim()).toBeTruthy();
      if (f.reducible) expect(f.reductionBasis?.trim()).toBeTruthy();
    }
    if (c.fees.length > 0) expect(c.channels).toContain('payment');

    expect(c.result.name.trim()).toBeTruthy();
    expect(c.result.type).not.toBe('none');
    expect(c.result.sampleFile).toBeNull();
    expect(c.consultationPhone).toMatch(/^(0476-8\d{6}|12345)$/);
    expect(c.complaintPhone).toBe('12345');
    expect(c.place.trim()).toBeTruthy();
    expect(c.officeHours.trim()).toBeTruthy();
    expect(c.faq.length).toBeGreaterThanOrEqual(2);
    for (const q of c.faq) expect(q.question.trim() && q.answer.trim()).toBeTruthy();
    expect(c.audiences.length).toBeGreaterThan(0);
    expect(c.themes.length).toBeGreaterThan(0);
    for (const t of c.themes) expect(THEMES).toContain(t);
    for (const ch of c.channels) expect(CHANNELS).toContain(ch);
    expect(c.conditions.length).toBeGreaterThan(0);
    for (const cond of c.conditions) expect(cond, cond).not.toMatch(/(其他|其它)(相关|有关)?(条件|要求|情形)|等(相关|有关)?条件/);
    // Every element of the content is filled, optional ones included.
    expect(c.allowsCommitment).toBeTypeOf('boolean');
    expect(c.quantityLimit?.trim()).toBeTruthy();
    expect(Array.isArray(c.intermediaryServices) && Array.isArray(c.jointDepartments)).toBe(true);
  });
});

describe('demo catalogue: application forms', () => {
  it.each(DEMO_IMPLEMENTATIONS.map((i) => [label(i), i] as const))('%s has a sane form', (_name, impl) => {
    const { schema, ui } = impl.content.form;
    const props = Object.keys(schema.properties);
    expect(schema.type).toBe('object');
    expect(props.length).toBeGreaterThanOrEqual(3);
    for (const key of props) expect((schema.properties[key]!.title ?? '').trim(), key).toMatch(/[\u4e00-\u9fff]/);
    expect([...ui.order].sort()).toEqual([...props].sort());
    expect(new Set(ui.order).size).toBe(ui.order.length);
    for (const key of schema.required ?? []) expect(props, key).toContain(key);
    expect(schema.required?.length ?? 0).toBeGreaterThan(0);
    for (const key of Object.keys(ui.fields)) expect(props, key).toContain(key);
    expect(Object.values(ui.fields).some((f) => f.prefill !== undefined)).toBe(true);

    // Conditional fields: shown when the controlling field has the value that makes them required, and not required otherwise.
    const clauses = (schema.allOf ?? []) as { if: { properties: Record<string, { const: unknown }> }; then: { required: string[] } }[];
    for (const clause of clauses) {
      const [field, cond] = Object.entries(clause.if.properties)[0]!;
      expect(props, field).toContain(field);
      const values = schema.properties[field]!.enum as unknown[] | undefined;
      if (values) expect(values, field).toContain(cond.const);
      for (const dependent of clause.then.required) {
        expect(props, dependent).toContain(dependent);
        expect(schema.required ?? [], dependent).not.toContain(dependent);
        expect(ui.fields[dependent]?.showWhen, dependent).toEqual({ field, equals: cond.const });
      }
    }
    for (const [key, f] of Object.entries(ui.fields)) {
      if (!f.showWhen) continue;
      expect(clauses.some((c) => c.then.required.includes(key) && Object.keys(c.if.properties)[0] === f.showWhen!.field), key).toBe(true);
    }
  });

  it('uses conditional fields where natural (at least half of the forms)', () => {
    const withConditionals = DEMO_IMPLEMENTATIONS.filter((i) => (i.content.form.schema.allOf ?? []).length > 0);
    expect(withConditionals.length * 2).toBeGreaterThanOrEqual(DEMO_IMPLEMENTATIONS.length);
    const getihu = implementationsNamed('个体工商户设立登记').find((i) => i.departmentKey === 'scjg')!;
    expect(getihu.content.form.ui.fields.familyMembers?.showWhen).toEqual({ field: 'organizationForm', equals: '家庭经营' });
  });
});

describe('demo catalogue: guide checker (智能纠错)', () => {
  function contextOf(impl: DemoImplementation): CheckContext {
    const basic = basicItems.get(impl.basicCode)!;
    const dept = departments.get(impl.departmentKey)!;
    return {
      basicItem: { code: basic.code, typeCode: basic.typeCode, name: basic.name },
      implementationCode: buildImplementationCode(dept.creditCode, impl.level, impl.basicCode),
      departmentCreditCode: dept.creditCode,
      level: impl.level,
      isLocalItem: true,
      cancelledProofCodes,
    };
  }

  it('finds no error in any demo implementation', () => {
    const errors = DEMO_IMPLEMENTATIONS.flatMap((impl) =>
      checkImplementation(impl.content, contextOf(impl))
        .filter((f) => f.severity === 'error')
        .map((f) => ({ implementation: label(impl), rule: f.rule, path: f.path, message: f.message.zh })));
    expect(errors, JSON.stringify(errors, null, 2)).toEqual([]);
  });
});
