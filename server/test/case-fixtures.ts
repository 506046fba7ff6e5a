/**
 * Test data for the cases module: published implementations inserted directly (the catalogue's review cycle has
 * its own tests), upload bytes, and a client-side helper that prepares a complete draft.
 */
import { randomUUID } from 'node:crypto';
import { buildBasicCode, buildImplementationCode, canonicalJson, type ImplementationContent } from '@onetrip/core';
import type { LightMyRequestResponse } from 'fastify';
import { sm3Hex } from '../src/platform/crypto/sm3.ts';
import { sampleContent } from './catalog-fixtures.ts';
import type { Client, TestContext } from './test-app.ts';

/** A proof the proof catalogue has cancelled (减证便民): a material that needs it must never be asked for. */
export const CANCELLED_PROOF = 'TEST-CANCELLED-1';

/** The sample food-business item with a cancelled proof among its materials and an ID-number field pre-filled. */
export function caseContent(overrides: Partial<ImplementationContent> = {}): ImplementationContent {
  const base = sampleContent();
  return {
    ...base,
    materials: [
      ...base.materials,
      { key: 'residence-proof', name: '居住证明', kind: 'original', form: 'both', necessity: 'required', paperCopies: 1, source: 'government', legalBasis: '无', proofCode: CANCELLED_PROOF },
    ],
    form: {
      schema: { ...base.form.schema, properties: { ...base.form.schema.properties, idNumber: { type: 'string', title: '经办人身份证号', pattern: '^\\d{17}[\\dX]$' } } },
      ui: { order: [...base.form.ui.order, 'idNumber'], fields: { ...base.form.ui.fields, idNumber: { widget: 'id_number', prefill: 'idNumber' } } },
    },
    ...overrides,
  };
}

let itemNumber = 100;

/** Inserts a basic item and a published implementation (version 1) of the named department; returns id and code. */
export async function publishImplementation(ctx: TestContext, departmentName: string, content: ImplementationContent = caseContent()): Promise<{ id: string; code: string }> {
  await ctx.db.insertInto('proofs').values({ code: CANCELLED_PROOF, name: '居住证明', issuer: '社区居委会', status: 'cancelled', reason: 'no_legal_basis', cancelled_at: new Date() })
    .onConflict((oc) => oc.column('code').doNothing()).execute();
  const dept = await ctx.db.selectFrom('departments').select(['id', 'credit_code', 'region_code']).where('name', '=', departmentName).executeTakeFirstOrThrow();
  const level = dept.region_code.endsWith('00000000') ? 3 : 4;
  const basicCode = buildBasicCode('01', itemNumber++);
  await ctx.db.insertInto('basic_items').values({ code: basicCode, type_code: '01', name: content.name, parent_code: null, legal_basis: content.legalBasis, level }).execute();
  const code = buildImplementationCode(dept.credit_code, level, basicCode);
  const { id } = await ctx.db.insertInto('implementations').values({
    code, basic_code: basicCode, department_id: dept.id, region_code: dept.region_code, level, inherits_from: null,
    publication_status: 'published', change_status: 'none', draft_content: null, current_version: 1, name: content.name,
  }).returning('id').executeTakeFirstOrThrow();
  await ctx.db.insertInto('implementation_versions').values({ implementation_id: id, version: 1, content: JSON.stringify(content), content_hash: sm3Hex(canonicalJson(content)), published_by: null }).execute();
  return { id, code };
}

export const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]);

export function upload(client: Client, caseId: string, materialKey: string, fileName: string, bytes: Uint8Array): Promise<LightMyRequestResponse> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  return client.postForm(`/api/cases/${caseId}/attachments?materialKey=${encodeURIComponent(materialKey)}`, form);
}

export const VALID_FORM = { operatorName: '赤峰草原乳业有限公司', creditCode: '91150402MA0N1P2Q74', area: 120 };

/** Creates a draft, fills the form and uploads both required materials; returns the case id. */
export async function completeDraft(client: Client, implementationId: string): Promise<string> {
  const created = await client.post('/api/cases', { implementationId });
  if (created.statusCode !== 201) throw new Error(`create draft: ${created.body}`);
  const id = created.json<{ id: string }>().id;
  const saved = await client.patch(`/api/cases/${id}`, { formData: { ...created.json<{ formData: Record<string, unknown> }>().formData, ...VALID_FORM } });
  if (saved.statusCode !== 200) throw new Error(`save draft: ${saved.body}`);
  for (const [key, name, bytes] of [['application-form', '申请书.pdf', PDF], ['id-card', '身份证.png', PNG]] as const) {
    const res = await upload(client, id, key, name, bytes);
    if (res.statusCode !== 201) throw new Error(`upload ${key}: ${res.body}`);
  }
  return id;
}

export function submit(client: Client, caseId: string, key: string = randomUUID()): Promise<LightMyRequestResponse> {
  return client.post(`/api/cases/${caseId}/submit`, undefined, { 'idempotency-key': key });
}
