/**
 * Loads the demo catalogue once: basic items, the proof catalogue, and every demo implementation published as
 * version 1 by the system (district implementations inherit their city item). Every implementation must pass
 * the consistency rules; a demo item that does not is a bug in the demo data and stops the seed.
 */
import { blockingFindings, buildImplementationCode, canonicalJson, checkImplementation, mergeInherited, type ImplementationContent } from '@onetrip/core';
import type { Db, DbOrTx } from '../platform/db/database.ts';
import type { FileStorage } from '../platform/files/file-storage.ts';
import { MEDIA_TYPES } from '../platform/files/file-type.ts';
import { applicationFormWorkbook, POWER_OF_ATTORNEY_FORM } from '../modules/catalog/files/application-form-workbook.ts';
import { recordAudit, SYSTEM_CONTEXT } from '../platform/audit/audit-log.ts';
import { sm3Hex } from '../platform/crypto/sm3.ts';
import { refreshSearchVector } from '../modules/catalog/search-index.ts';
import { DEMO_DEPARTMENTS } from './demo-data.ts';
import { DEMO_BASIC_ITEMS, DEMO_IMPLEMENTATIONS, DEMO_PROOFS } from './demo-catalog.ts';

const SEED_KEY = 'demo_catalog_seed';

const APPLICATION_FORM = /申请表|申请书|登记表|审批表|声明书|授权书/;

/**
 * Gives the materials people fill in on paper (the application itself, a declaration, a power of attorney) a blank
 * form and a filled-in sample generated from the form definition, so demo guides offer downloads like real ones.
 */
async function withApplicationFormFiles(tx: DbOrTx, files: FileStorage, content: ImplementationContent): Promise<ImplementationContent> {
  const store = async (fileName: string, bytes: Uint8Array) => {
    const stored = await files.put(bytes);
    const row = await tx.insertInto('catalog_files').values({ storage_key: stored.key, file_name: fileName, media_type: MEDIA_TYPES.xlsx, size: stored.size, uploaded_by: null, department_id: null })
      .returning('id').executeTakeFirstOrThrow();
    return row.id;
  };
  const materials = await Promise.all(content.materials.map(async (material) => {
    if (material.blankFormFile || material.name.includes('电子证照')) return material;
    const attorney = material.name.includes('授权委托书');
    if (!attorney && !APPLICATION_FORM.test(material.name)) return material;
    const source = attorney ? { name: content.name, form: POWER_OF_ATTORNEY_FORM } : content;
    const title = material.name;
    return {
      ...material,
      blankFormFile: await store(`${title}（空白）.xlsx`, await applicationFormWorkbook(source, { sample: false, title })),
      sampleFile: await store(`${title}（示例样表）.xlsx`, await applicationFormWorkbook(source, { sample: true, title })),
    };
  }));
  return { ...content, materials };
}

/** Loads the demo catalogue once; `files` (the file store) also attaches generated blank forms and samples. */
export async function seedDemoCatalog(db: Db, options: { files?: FileStorage } = {}): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const inserted = await tx.insertInto('system_settings').values({ key: SEED_KEY, value: JSON.stringify({ at: new Date().toISOString() }) })
      .onConflict((oc) => oc.column('key').doNothing()).returning('key').executeTakeFirst();
    if (!inserted) return false;

    // Parents before sub-items.
    const items = [...DEMO_BASIC_ITEMS].sort((a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null));
    for (const item of items) {
      await tx.insertInto('basic_items').values({ code: item.code, type_code: item.typeCode, name: item.name, parent_code: item.parentCode, legal_basis: item.legalBasis, level: item.level }).execute();
    }
    const now = new Date();
    for (const proof of DEMO_PROOFS) {
      await tx.insertInto('proofs').values({
        code: proof.code, name: proof.name, issuer: proof.issuer, status: proof.status, reason: proof.status === 'cancelled' ? proof.reason ?? 'no_legal_basis' : null,
        note: proof.note, cancelled_at: proof.status === 'cancelled' ? now : null,
      }).execute();
    }
    const cancelled = new Set(DEMO_PROOFS.filter((p) => p.status === 'cancelled').map((p) => p.code));

    const deptRows = await tx.selectFrom('departments').select(['id', 'credit_code', 'region_code']).execute();
    const deptByCode = new Map(deptRows.map((d) => [d.credit_code, d]));
    const idsByKey = new Map<string, string>(); // `${basicCode}|${departmentKey}` → implementation id
    const contentById = new Map<string, (typeof DEMO_IMPLEMENTATIONS)[number]['content']>();
    // City implementations before the district ones that inherit them.
    const ordered = [...DEMO_IMPLEMENTATIONS].sort((a, b) => Number(a.inheritsFrom !== undefined) - Number(b.inheritsFrom !== undefined));
    for (const impl of ordered) {
      const demoDept = DEMO_DEPARTMENTS.find((d) => d.key === impl.departmentKey);
      const dept = demoDept && deptByCode.get(demoDept.creditCode);
      const basic = DEMO_BASIC_ITEMS.find((b) => b.code === impl.basicCode);
      if (!demoDept || !dept || !basic) throw new Error(`demo implementation ${impl.basicCode}/${impl.departmentKey} refers to an unknown department or item`);
      const code = buildImplementationCode(dept.credit_code, impl.level, impl.basicCode);
      let content = options.files ? await withApplicationFormFiles(tx, options.files, impl.content) : impl.content;
      let inheritsFrom: string | null = null;
      if (impl.inheritsFrom) {
        inheritsFrom = idsByKey.get(`${impl.basicCode}|${impl.inheritsFrom.departmentKey}`) ?? null;
        if (!inheritsFrom) throw new Error(`demo implementation ${code} inherits from a missing city implementation`);
        content = mergeInherited(contentById.get(inheritsFrom)!, impl.content);
      }
      const findings = blockingFindings(checkImplementation(content, {
        basicItem: { code: basic.code, typeCode: basic.typeCode, name: basic.name }, implementationCode: code, departmentCreditCode: dept.credit_code,
        level: impl.level, isLocalItem: impl.level >= 3, cancelledProofCodes: cancelled,
      }));
      if (findings.length > 0) throw new Error(`demo implementation ${content.name} (${code}) is inconsistent: ${findings.map((f) => f.rule).join(', ')}`);
      const { id } = await tx.insertInto('implementations').values({
        code, basic_code: impl.basicCode, department_id: dept.id, region_code: dept.region_code, level: impl.level, inherits_from: inheritsFrom,
        publication_status: 'published', change_status: 'none', draft_content: null, current_version: 1, name: content.name,
      }).returning('id').executeTakeFirstOrThrow();
      await tx.insertInto('implementation_versions').values({ implementation_id: id, version: 1, content: JSON.stringify(content), content_hash: sm3Hex(canonicalJson(content)), published_by: null }).execute();
      await refreshSearchVector(tx, id);
      idsByKey.set(`${impl.basicCode}|${impl.departmentKey}`, id);
      contentById.set(id, content);
    }
    await recordAudit(tx, SYSTEM_CONTEXT, {
      action: 'system.demo_catalog_seeded', subjectType: 'system', subjectId: SEED_KEY,
      summary: { basicItems: DEMO_BASIC_ITEMS.length, proofs: DEMO_PROOFS.length, implementations: DEMO_IMPLEMENTATIONS.length },
    });
    return true;
  });
}
