/**
 * npm run admin:create -- --username NAME --display-name "系统管理员" --region 150400 --region-name 赤峰市
 * Creates the first sysadmin (and the root region if it does not exist) on an installation without demo data.
 * The password comes from ONETRIP_ADMIN_PASSWORD, never from the command line (it would land in shell history).
 */
import { parseArgs } from 'node:util';
import { checkPasswordPolicy, parseRegionCode } from '@onetrip/core';
import { loadConfig } from '../platform/config/config.ts';
import { openDatabase } from '../platform/db/open-database.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { hashPassword } from '../platform/auth/password.ts';
import { recordAudit, SYSTEM_CONTEXT } from '../platform/audit/audit-log.ts';

const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    'display-name': { type: 'string', default: '系统管理员' },
    region: { type: 'string' },
    'region-name': { type: 'string' },
  },
});
const problems: string[] = [];
const password = process.env['ONETRIP_ADMIN_PASSWORD'] ?? '';
if (!values.username || !/^[a-z0-9][a-z0-9._-]{2,31}$/.test(values.username)) problems.push('--username: 3–32 lower-case letters, digits, . _ -');
const region = values.region ? parseRegionCode(values.region) : null;
if (!region?.valid) problems.push('--region: a GB/T 2260 6-digit or 12-digit region code, e.g. 150400');
if (checkPasswordPolicy(password) !== null) problems.push('ONETRIP_ADMIN_PASSWORD: at least 8 characters from 3 of upper, lower, digits, symbols');
if (problems.length > 0 || !region?.valid || !values.username) {
  process.stderr.write(`admin:create: ${problems.join('\n  ')}\n`);
  process.exit(2);
}

const config = loadConfig();
const database = await openDatabase(config);
try {
  await migrateToLatest(database.db);
  const passwordHash = await hashPassword(password);
  const username = values.username;
  await database.db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom('regions').select('code').where('code', '=', region.region.code).executeTakeFirst();
    if (!existing) {
      if (!values['region-name']) throw new Error(`region ${region.region.code} does not exist yet: pass --region-name to create it`);
      // The root of a fresh installation has no parent row; later regions are added under it in the admin UI.
      await tx.insertInto('regions').values({ code: region.region.code, name: values['region-name'], level: region.region.level, kind: region.region.kind, parent_code: null }).execute();
      await recordAudit(tx, SYSTEM_CONTEXT, { action: 'region.created', subjectType: 'region', subjectId: region.region.code, summary: { after: { name: values['region-name'], root: true } } });
    }
    const { id } = await tx.insertInto('staff_users').values({ username, display_name: values['display-name'], password_hash: passwordHash, roles: ['sysadmin'], region_code: region.region.code, department_id: null }).returning('id').executeTakeFirstOrThrow();
    await recordAudit(tx, SYSTEM_CONTEXT, { action: 'staff.created', subjectType: 'staff_user', subjectId: id, summary: { after: { username, roles: ['sysadmin'], regionCode: region.region.code }, via: 'admin:create' } });
  });
  process.stdout.write(`sysadmin ${username} created for region ${region.region.code}; log in at /staff/login\n`);
} catch (error) {
  const duplicate = typeof error === 'object' && error !== null && 'code' in error && (error).code === '23505';
  process.stderr.write(`admin:create failed: ${duplicate ? `a staff user named ${values.username} already exists` : error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await database.close();
}
