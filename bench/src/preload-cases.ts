/**
 * `--preload N`: N concluded cases written with bulk SQL (generate_series, no HTTP), so that the lifecycle benchmark
 * measures against tables and indexes of a city's two years of work. Spread: over the last two years (oldest first,
 * office hours), over the bench implementations (one per city department), over N/40 enterprise applicants. Mix:
 * 90 % approved and delivered, 5 % denied (concluded), 5 % rejected at pre-review. Each case has its timeline
 * (case_events: 6, 5 or 3 rows), its two attachments and its notices (case_documents, ready). Not preloaded: audit
 * events (a hash chain cannot be bulk-written; its tail read is one index probe whatever its length), notifications
 * and idempotency keys (expire after 24 h). Attachment and document rows point at storage keys with no bytes on
 * disk: the benchmark never downloads them.
 *
 * Ids are generated in insertion order (uuid prefix + counter), so primary-key and per-case indexes fill by
 * appending, as they do in a live system where rows arrive in time order; the live run's rows use random uuids.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../../server/src/platform/db/database.ts';
import type { PiiCipher } from '../../server/src/platform/crypto/pii-cipher.ts';
import type { BenchItem } from './lifecycle-setup.ts';

const DAYS = 730;
const CHUNK = 100_000;

export interface PreloadResult { cases: number; applicants: number; events: number; documents: number; attachments: number; seconds: number; vacuumSeconds: number }

/** uuid whose order follows `n` (prefix byte tells the table apart). */
const seqUuid = (prefix: string, n: string) => sql.raw(`(('${prefix}0000000-0000-4000-8000-' || lpad(to_hex(${n}), 12, '0'))::uuid)`);

export async function preloadCases(db: Db, pii: PiiCipher, items: readonly BenchItem[], total: number, log: (line: string) => void = () => undefined): Promise<PreloadResult> {
  const started = performance.now();
  const k = items.length;
  const applicantCount = Math.max(200, Math.ceil(total / 40));
  const perDay = Math.ceil(total / DAYS);
  if (Math.ceil(perDay / k) > 9999) throw new Error('too many cases per implementation and day');
  const template = await db.selectFrom('staff_users').select('password_hash').where('username', '=', 'clerk').executeTakeFirstOrThrow();
  const clerk = await db.selectFrom('staff_users as s').innerJoin('halls as h', 'h.region_code', 's.region_code').select(['s.id', 's.display_name', 'h.id as hall_id', 'h.name as hall_name'])
    .where('s.username', '=', 'clerk').executeTakeFirstOrThrow();
  const departments = await db.selectFrom('departments').select(['id', 'name']).where('id', 'in', items.map((i) => i.departmentId)).execute();
  const deptName = new Map(departments.map((d) => [d.id, d.name]));
  const implRows = await db.selectFrom('implementations').select(['id', 'name', 'region_code']).where('id', 'in', items.map((i) => i.id)).execute();
  const implOf = new Map(implRows.map((r) => [r.id, r]));
  const phone = '13900000000';
  const phoneEnc = pii.encrypt(phone);
  const formEnc = pii.encrypt(JSON.stringify({ applicantName: '预载企业有限公司', contactPhone: phone }));

  await sql`ALTER SYSTEM SET max_wal_size = '8GB'`.execute(db);
  await sql`SELECT pg_reload_conf()`.execute(db);
  try {
    await db.transaction().execute(async (tx) => {
      await sql`SET LOCAL synchronous_commit = off`.execute(tx);
      await sql`INSERT INTO applicants (id, kind, name, credit_code, legal_representative, phone_enc, phone_hash, phone_masked, region_code, password_hash)
        SELECT ${seqUuid('c', 'j')}, 'enterprise', '预载企业' || j || '有限公司', 'P' || lpad(j::text, 17, '0'), '预载法人', ${phoneEnc},
          ${createHash('sha256').update(phone).digest('hex')}, '139****0000', (ARRAY['150402000000','150403000000','150404000000','150421000000','150422000000'])[1 + j % 5], ${template.password_hash}
        FROM generate_series(1, ${sql.lit(applicantCount)}) j`.execute(tx);
    });

    // Per case i (0-based): day index, implementation, daily sequence, applicant; literal arrays keep it one plan.
    const arr = (values: readonly string[], type: string) => sql.raw(`ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]::${type}[]`);
    const ids = arr(items.map((i) => i.id), 'uuid');
    const codes = arr(items.map((i) => i.code), 'text');
    const depts = arr(items.map((i) => i.departmentId), 'uuid');
    const names = arr(items.map((i) => implOf.get(i.id)!.name), 'text');
    const regions = arr(items.map((i) => implOf.get(i.id)!.region_code), 'text');
    const deptNames = arr(items.map((i) => deptName.get(i.departmentId)!), 'text');
    const approvers = arr(items.map((i) => i.approverId), 'uuid');
    const base = (from: number, to: number) => sql`
      SELECT i, 1 + (i % ${sql.lit(perDay)}) % ${sql.lit(k)} AS m, (i % ${sql.lit(perDay)}) / ${sql.lit(k)} + 1 AS seq,
        (current_date - ${sql.lit(DAYS)} + i / ${sql.lit(perDay)})::date AS day,
        (current_date - ${sql.lit(DAYS)} + i / ${sql.lit(perDay)})::timestamptz + interval '8 hours' + ((i % ${sql.lit(perDay)}) * interval '9 hours' / ${sql.lit(perDay)}) AS t,
        CASE WHEN i % 20 = 7 THEN 'rejected' WHEN i % 20 = 13 THEN 'denied' ELSE 'delivered' END AS ck,
        ${seqUuid('c', `1 + (i::bigint * 7919) % ${applicantCount}`)} AS applicant_id
      FROM generate_series(${sql.lit(from)}, ${sql.lit(to - 1)}) i`;
    let events = 0;
    let documents = 0;
    for (let from = 0; from < total; from += CHUNK) {
      const to = Math.min(total, from + CHUNK);
      await db.transaction().execute(async (tx) => {
        await sql`SET LOCAL synchronous_commit = off`.execute(tx);
        await sql`INSERT INTO cases (id, case_number, implementation_id, implementation_version, implementation_code, item_name, applicant_id, channel, status, state, form_data_enc,
            received_on, accepted_on, pre_review_deadline, promised_deadline, legal_deadline, department_id, region_code, hall_id, submitted_at, created_at, updated_at, version, delivery_method)
          SELECT ${seqUuid('b', 'i')}, (${codes})[m] || to_char(day, 'YYYYMMDD') || lpad(seq::text, 4, '0'), (${ids})[m], 1, (${codes})[m], (${names})[m], applicant_id, 'online',
            CASE ck WHEN 'rejected' THEN 'rejected' WHEN 'denied' THEN 'concluded' ELSE 'delivered' END,
            jsonb_build_object('status', CASE ck WHEN 'rejected' THEN 'rejected' WHEN 'denied' THEN 'concluded' ELSE 'delivered' END,
              'submissionCount', 1, 'receivedOn', day, 'correctionItems', null, 'acceptedOn', CASE WHEN ck = 'rejected' THEN null ELSE day + 1 END,
              'deemedAccepted', false, 'deficiency', null, 'commitmentText', null, 'stepIndex', null, 'stepStartedOn', null, 'assigneeId', null, 'countersign', null,
              'suspensions', '[]'::jsonb, 'extension', null, 'outcome', CASE ck WHEN 'rejected' THEN null WHEN 'denied' THEN 'denied' ELSE 'approved' END,
              'concludedOn', CASE WHEN ck = 'rejected' THEN null ELSE day + 4 END, 'closedOn', CASE WHEN ck = 'rejected' THEN day + 1 END,
              'closeReason', CASE WHEN ck = 'rejected' THEN '不属于本机关职权范围' END,
              'delivery', CASE WHEN ck = 'delivered' THEN jsonb_build_object('method', 'window_pickup', 'deliveredOn', day + 6) END),
            ${formEnc}, day, CASE WHEN ck = 'rejected' THEN null ELSE day + 1 END, day + 7, CASE WHEN ck = 'rejected' THEN null ELSE day + 8 END,
            CASE WHEN ck = 'rejected' THEN null ELSE day + 28 END, (${depts})[m], (${regions})[m], ${clerk.hall_id}, t, t - interval '20 minutes', t + interval '6 days', 6, 'window_pickup'
          FROM (${base(from, to)}) s`.execute(tx);
        await sql`INSERT INTO case_attachments (id, case_id, material_key, file_name, media_type, size, storage_key, uploaded_by_kind, uploaded_by_id, created_at)
          SELECT ${seqUuid('a', 'i * 2 + n')}, ${seqUuid('b', 'i')}, (ARRAY['application-form','licence-copy'])[n + 1], (ARRAY['申请书.pdf','营业执照.png'])[n + 1],
            (ARRAY['application/pdf','image/png'])[n + 1], 180000 + (i % 1000) * 97, lpad(to_hex(i * 2 + n), 64, '0'), 'applicant', applicant_id, t - interval '15 minutes' + n * interval '1 minute'
          FROM (${base(from, to)}) s, generate_series(0, 1) n ORDER BY i, n`.execute(tx);
        // Timeline: created, submitted, then accepted → passed → approved/denied → delivered, or rejected.
        const ev = await sql`INSERT INTO case_events (id, case_id, action, actor_kind, actor_id, actor_name, unit_name, step_key, opinion, note, details, at)
          SELECT ${seqUuid('e', 'i * 8 + e.n')}, ${seqUuid('b', 'i')}, e.action, e.actor_kind,
            CASE e.actor_kind WHEN 'applicant' THEN applicant_id WHEN 'staff' THEN CASE WHEN e.n IN (2, 5, 6) THEN ${clerk.id}::uuid ELSE (${approvers})[m] END END,
            CASE e.actor_kind WHEN 'applicant' THEN '预载企业有限公司' WHEN 'staff' THEN CASE WHEN e.n IN (2, 5, 6) THEN ${clerk.display_name} ELSE '基准审批人' END END,
            CASE WHEN e.n IN (2, 5, 6) THEN ${clerk.hall_name} WHEN e.n >= 3 THEN (${deptNames})[m] END, e.step_key, e.opinion, null,
            e.details::jsonb, CASE e.n WHEN 0 THEN t - interval '20 minutes' WHEN 1 THEN t WHEN 6 THEN t + interval '1 day' ELSE t + (e.n - 1) * interval '1 day' END
          FROM (${base(from, to)}) s, (VALUES
            (0, 'created', 'applicant', null, null, '{}'), (1, 'submitted', 'applicant', null, null, '{"submissionCount":1}'),
            (2, 'accepted', 'staff', null, '申请材料齐全、符合法定形式，予以受理。', '{"notices":["acceptance_notice"]}'),
            (3, 'passed', 'staff', 'review', null, '{"toStep":"decide"}'),
            (4, 'approved', 'staff', 'decide', '经审查，符合法定条件，准予许可。', '{"outcome":"approved","notices":["decision_letter"]}'),
            (4, 'denied', 'staff', 'decide', '经审查，不符合法定条件。', '{"outcome":"denied","notices":["denial_letter"]}'),
            (5, 'delivered', 'staff', null, '办理结果已窗口领取。', '{"method":"window_pickup","notices":["delivery_slip"]}'),
            (6, 'rejected', 'staff', null, '不予受理：不属于本机关职权范围。', '{"notices":["rejection_notice"]}')
          ) AS e(n, action, actor_kind, step_key, opinion, details)
          WHERE e.n <= 1 OR (ck = 'rejected' AND e.action = 'rejected')
            OR (ck <> 'rejected' AND e.n IN (2, 3)) OR (ck = 'delivered' AND e.action IN ('approved', 'delivered')) OR (ck = 'denied' AND e.action = 'denied')
          ORDER BY i, e.n`.execute(tx);
        events += Number(ev.numAffectedRows ?? 0);
        const docs = await sql`INSERT INTO case_documents (id, case_id, kind, status, storage_key, size, data, created_at, rendered_at)
          SELECT ${seqUuid('d', 'i * 4 + d.n')}, ${seqUuid('b', 'i')}, d.kind, 'ready', lpad(to_hex(i * 4 + d.n), 64, 'f'), 60000 + d.n * 1000,
            jsonb_build_object('caseNumber', (${codes})[m] || to_char(day, 'YYYYMMDD') || lpad(seq::text, 4, '0'), 'itemName', (${names})[m], 'issuedOn', day + d.n),
            t + d.n * interval '2 days', t + d.n * interval '2 days' + interval '1 second'
          FROM (${base(from, to)}) s, (VALUES (0, 'acceptance_notice'), (1, 'decision_letter'), (2, 'delivery_slip'), (1, 'denial_letter'), (0, 'rejection_notice')) AS d(n, kind)
          WHERE (ck = 'delivered' AND d.kind IN ('acceptance_notice', 'decision_letter', 'delivery_slip'))
            OR (ck = 'denied' AND d.kind IN ('acceptance_notice', 'denial_letter')) OR (ck = 'rejected' AND d.kind = 'rejection_notice')
          ORDER BY i, d.n`.execute(tx);
        documents += Number(docs.numAffectedRows ?? 0);
      });
      log(`preloaded ${to.toLocaleString('en')} cases (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
    const seconds = (performance.now() - started) / 1000;
    const vacuumStarted = performance.now();
    // What an autovacuum would have done by now: hint bits, visibility map, statistics.
    for (const table of ['applicants', 'cases', 'case_attachments', 'case_events', 'case_documents']) await sql`VACUUM (ANALYZE) ${sql.table(table)}`.execute(db);
    const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;
    return { cases: total, applicants: applicantCount, events, documents, attachments: total * 2, seconds: Number(seconds.toFixed(1)), vacuumSeconds: Number(vacuumSeconds.toFixed(1)) };
  } finally {
    await sql`ALTER SYSTEM RESET max_wal_size`.execute(db);
    await sql`SELECT pg_reload_conf()`.execute(db);
    await sql`CHECKPOINT`.execute(db);
  }
}
