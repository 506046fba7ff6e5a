/**
 * The import template and the export of the catalogue, both in the one workbook format (workbook-spec.ts): an
 * export can be edited and imported again, e.g. by another department or region. Both stream.
 */
import type { Writable } from 'node:stream';
import { sql } from 'kysely';
import type { DataScope } from '@onetrip/core';
import type { Deps } from '../../../platform/http/deps.ts';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { requireStaff, type RequestContext } from '../../../platform/auth/principal.ts';
import { filteredImplementations, type ImplementationListQuery } from '../query-implementations.ts';
import { writeCatalogWorkbook, type WorkbookItem, type WorkbookSources } from './write-workbook.ts';

/** Rows fetched per round trip while streaming an export. */
const BATCH = 200;

export interface WorkbookDownload {
  fileName: string;
  write: (stream: Writable) => Promise<void>;
}

async function referenceLists(db: DbOrTx, scope: DataScope): Promise<Pick<WorkbookSources, 'departments' | 'basicItems'>> {
  let departments = db.selectFrom('departments as d').innerJoin('regions as r', 'r.code', 'd.region_code')
    .select(['d.credit_code', 'd.name', 'd.region_code', 'r.name as region_name'])
    .where('d.active', '=', true).where('d.region_code', 'like', `${scope.regionPrefix}%`);
  if (scope.departmentId) departments = departments.where('d.id', '=', scope.departmentId);
  const [deps, basics] = await Promise.all([
    departments.orderBy('d.region_code').orderBy('d.name').execute(),
    db.selectFrom('basic_items').select(['code', 'type_code', 'name', 'level']).orderBy('code').execute(),
  ]);
  return {
    departments: deps.map((d) => ({ creditCode: d.credit_code, name: d.name, regionCode: d.region_code, regionName: d.region_name })),
    basicItems: basics.map((b) => ({ code: b.code, typeCode: b.type_code, name: b.name, level: b.level })),
  };
}

function stamp(): string {
  return new Date().toISOString().slice(0, 10).replace(/-/g, '');
}

/** The empty template, with the departments the caller may maintain and the basic catalogue as reference sheets. */
export function catalogTemplate(deps: Deps, ctx: RequestContext): WorkbookDownload {
  const staff = requireStaff(ctx, 'catalog.read');
  return {
    fileName: '事项导入模板-catalog-import-template.xlsx',
    write: async (stream) => {
      const lists = await referenceLists(deps.db, staff.scope);
       
      await writeCatalogWorkbook(stream, { ...lists, items: async function* () { /* no rows in a template */ } });
    },
  };
}

/**
 * The implementations in the caller's scope matching the workbench list's filters, each with its working copy
 * when it has one (what the maintainer is editing), else the version in force. Read in one repeatable-read
 * snapshot, sheet by sheet, in implementation-code order, so every sheet sees the same items.
 */
export function exportCatalog(deps: Deps, ctx: RequestContext, query: Omit<ImplementationListQuery, 'page' | 'pageSize'>): WorkbookDownload {
  const staff = requireStaff(ctx, 'catalog.read');
  return {
    fileName: `事项导出-catalog-export-${stamp()}.xlsx`,
    write: (stream) => deps.db.transaction().setIsolationLevel('repeatable read').execute(async (tx) => {
      await sql`SET TRANSACTION READ ONLY`.execute(tx);
      const lists = await referenceLists(tx, staff.scope);
      const items = async function* (): AsyncIterable<WorkbookItem> {
        let after = '';
        let ref = 0;
        for (;;) {
          const rows = await filteredImplementations(tx, staff.scope, query)
            .leftJoin('implementation_versions as v', (join) => join.onRef('v.implementation_id', '=', 'i.id').onRef('v.version', '=', 'i.current_version'))
            .select(['i.code', 'i.basic_code', 'd.credit_code', 'i.region_code', 'i.draft_content', 'v.content as current_content'])
            .where('i.code', '>', after).orderBy('i.code').limit(BATCH).execute();
          for (const row of rows) {
            const content = (row.draft_content ?? row.current_content);
            if (!content) continue;
            ref += 1;
            yield { ref: String(ref), basicCode: row.basic_code, departmentCreditCode: row.credit_code, regionCode: row.region_code, implementationCode: row.code, content };
          }
          if (rows.length < BATCH) return;
          after = rows[rows.length - 1]!.code;
        }
      };
      await writeCatalogWorkbook(stream, { ...lists, items });
    }),
  };
}
