import { maskIdNumber, maskPhone, parseRegionCode } from '@onetrip/core';
import type { Db } from '../platform/db/database.ts';
import type { PiiCipher } from '../platform/crypto/pii-cipher.ts';
import { hashPassword } from '../platform/auth/password.ts';
import { recordAudit, SYSTEM_CONTEXT } from '../platform/audit/audit-log.ts';
import { DEMO_DEPARTMENTS, DEMO_ENTERPRISES, DEMO_HALLS, DEMO_PASSWORD, DEMO_PERSONS, DEMO_REGIONS, DEMO_STAFF } from './demo-data.ts';

const SEED_KEY = 'demo_seed';

export async function isDemoSeeded(db: Db): Promise<boolean> {
  return (await db.selectFrom('system_settings').select('key').where('key', '=', SEED_KEY).executeTakeFirst()) !== undefined;
}

/** Loads the demo city once, in one transaction; a second call does nothing. */
export async function seedDemoData(db: Db, pii: PiiCipher): Promise<boolean> {
  if (await isDemoSeeded(db)) return false;
  // Hash outside the transaction: argon2 is deliberately slow.
  const passwordHashes = await Promise.all([...DEMO_STAFF, ...DEMO_PERSONS, ...DEMO_ENTERPRISES].map(() => hashPassword(DEMO_PASSWORD)));
  let h = 0;
  return db.transaction().execute(async (tx) => {
    // Re-check under the transaction so two starting processes cannot both seed.
    const inserted = await tx.insertInto('system_settings').values({ key: SEED_KEY, value: JSON.stringify({ at: new Date().toISOString() }) }).onConflict((oc) => oc.column('key').doNothing()).returning('key').executeTakeFirst();
    if (!inserted) return false;
    for (const r of DEMO_REGIONS) {
      const parsed = parseRegionCode(r.code);
      if (!parsed.valid) throw new Error(`bad demo region ${r.code}`);
      await tx.insertInto('regions').values({ code: parsed.region.code, name: r.name, level: parsed.region.level, kind: parsed.region.kind, parent_code: parsed.region.parentCode }).onConflict((oc) => oc.column('code').doNothing()).execute();
    }
    const deptIds = new Map<string, string>();
    for (const d of DEMO_DEPARTMENTS) {
      const row = await tx.insertInto('departments').values({ name: d.name, short_name: d.shortName, credit_code: d.creditCode, region_code: d.region.padEnd(12, '0'), kind: d.kind, phone: d.phone, address: d.address }).returning('id').executeTakeFirstOrThrow();
      deptIds.set(d.key, row.id);
    }
    for (const hall of DEMO_HALLS) {
      const row = await tx.insertInto('halls').values({ name: hall.name, region_code: hall.region.padEnd(12, '0'), address: hall.address, opening_hours: hall.openingHours, phone: hall.phone }).returning('id').executeTakeFirstOrThrow();
      for (const w of hall.windows) {
        await tx.insertInto('service_windows').values({ hall_id: row.id, number: w.number, name: w.name, kind: w.kind, department_id: w.dept ? deptIds.get(w.dept)! : null }).execute();
      }
    }
    for (const s of DEMO_STAFF) {
      await tx.insertInto('staff_users').values({
        username: s.username, display_name: s.displayName, password_hash: passwordHashes[h++]!, roles: s.roles, region_code: s.region.padEnd(12, '0'),
        department_id: s.dept ? deptIds.get(s.dept)! : null, phone_enc: pii.encrypt(s.phone), phone_masked: maskPhone(s.phone),
      }).execute();
    }
    const personIds = new Map<string, string>();
    for (const p of DEMO_PERSONS) {
      const row = await tx.insertInto('applicants').values({
        kind: 'person', name: p.name, id_number_enc: pii.encrypt(p.idNumber), id_number_hash: pii.blindIndex(p.idNumber), id_number_masked: maskIdNumber(p.idNumber),
        phone_enc: pii.encrypt(p.phone), phone_hash: pii.blindIndex(p.phone), phone_masked: maskPhone(p.phone), region_code: p.idNumber.slice(0, 6).padEnd(12, '0'), password_hash: passwordHashes[h++]!,
      }).returning('id').executeTakeFirstOrThrow();
      personIds.set(p.name, row.id);
    }
    for (const e of DEMO_ENTERPRISES) {
      const row = await tx.insertInto('applicants').values({
        kind: 'enterprise', name: e.name, credit_code: e.creditCode, legal_representative: e.legalRepresentative,
        phone_enc: pii.encrypt(e.phone), phone_hash: pii.blindIndex(e.phone), phone_masked: maskPhone(e.phone), region_code: e.creditCode.slice(2, 8).padEnd(12, '0'), password_hash: passwordHashes[h++]!,
      }).returning('id').executeTakeFirstOrThrow();
      for (const name of e.operators) await tx.insertInto('enterprise_operators').values({ enterprise_id: row.id, person_id: personIds.get(name)! }).execute();
    }
    await recordAudit(tx, SYSTEM_CONTEXT, {
      action: 'system.demo_data_seeded', subjectType: 'system', subjectId: SEED_KEY,
      summary: { regions: DEMO_REGIONS.length, departments: DEMO_DEPARTMENTS.length, halls: DEMO_HALLS.length, staff: DEMO_STAFF.length, applicants: DEMO_PERSONS.length + DEMO_ENTERPRISES.length },
    });
    return true;
  });
}
