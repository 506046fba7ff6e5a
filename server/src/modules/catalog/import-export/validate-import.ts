/**
 * Checks parsed rows against the database and the catalogue's rules, exactly as a manual create would: the basic
 * item and department exist, the department is in the importer's scope, the implementation does not exist yet, the
 * content passes the API schema, the guide checker's blocking rules (including "no cancelled proof") and the file
 * references. Every item is checked, and every problem is reported at the cell it came from.
 */
import { Value } from 'typebox/value';
import {
  blockingFindings, buildImplementationCode, checkImplementation, isInScope,
  type DataScope, type ExerciseLevel, type ImplementationContent, type ItemTypeCode, type RegionLevel,
} from '@onetrip/core';
import type { DbOrTx } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { describeIssue, type AjvIssue } from '../../../platform/errors/error-handler.ts';
import { catalogRepository } from '../catalog.repository.ts';
import { checkContextOf, levelOfRegion } from '../catalog-support.ts';
import { ImplementationContentSchema } from '../catalog.schemas.ts';
import { assertReferencedFilesExist } from '../files/catalog-files.ts';
import { cellKey, ErrorReport, type CellRef, type ParsedItem } from './parse-workbook.ts';

export interface ReadyItem {
  item: ParsedItem;
  code: string;
  basicCode: string;
  departmentId: string;
  regionCode: string;
  level: ExerciseLevel;
  content: ImplementationContent;
}

interface BasicRow { code: string; type_code: ItemTypeCode; name: string; legal_basis: string }
interface DepartmentRow { id: string; credit_code: string; region_code: string; active: boolean; level: RegionLevel }

const quote = (s: string) => `“${s}”`;
const quoteEn = (s: string) => `"${s}"`;

async function chunked<T>(values: string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += 1000) out.push(...(await load(values.slice(i, i + 1000))));
  return out;
}

/** The cell a JSON pointer into an item's content came from: the longest known prefix, else the item's row. */
export function sourceOf(item: ParsedItem, path: string): CellRef {
  let p = path;
  for (;;) {
    const hit = item.sources.get(p);
    if (hit) return hit;
    if (p === '') return item.origin;
    p = p.slice(0, p.lastIndexOf('/'));
  }
}

/** Schema issues, one per missing property for "required" so each lands on its own cell. */
function schemaIssues(content: ImplementationContent): { path: string; message: { zh: string; en: string } }[] {
  const issues = Value.Errors(ImplementationContentSchema, content) as unknown as AjvIssue[];
  const out: { path: string; message: { zh: string; en: string } }[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const missing = issue.keyword === 'required' && Array.isArray(issue.params['requiredProperties']) ? (issue.params['requiredProperties'] as string[]) : null;
    const paths = missing ? missing.map((m) => `${issue.instancePath}/${m}`) : [issue.instancePath];
    for (const path of paths) {
      // A union reports once per branch; one message per place is enough.
      if (seen.has(path)) continue;
      seen.add(path);
      out.push({ path, message: describeIssue(issue) });
    }
  }
  return out;
}

export async function validateImport(db: DbOrTx, scope: DataScope, items: readonly ParsedItem[], onProgress: (itemsDone: number) => Promise<void>): Promise<{ ready: ReadyItem[]; errors: ErrorReport }> {
  const report = new ErrorReport();
  const basicCodes = [...new Set(items.map((i) => i.basicCode).filter((c): c is string => c !== null))];
  const creditCodes = [...new Set(items.map((i) => i.departmentCreditCode).filter((c): c is string => c !== null))];
  const basics = new Map((await chunked<BasicRow>(basicCodes, (chunk) => db.selectFrom('basic_items').select(['code', 'type_code', 'name', 'legal_basis']).where('code', 'in', chunk).execute())).map((b) => [b.code, b]));
  const departments = new Map((await chunked<DepartmentRow>(creditCodes, (chunk) => db.selectFrom('departments as d').innerJoin('regions as r', 'r.code', 'd.region_code')
    .select(['d.id', 'd.credit_code', 'd.region_code', 'd.active', 'r.level']).where('d.credit_code', 'in', chunk).execute())).map((d) => [d.credit_code, d]));
  const cancelledProofCodes = await catalogRepository.cancelledProofCodes(db);

  // Implementations that exist already, by code and by (department, item).
  const deptIds = [...new Set([...departments.values()].map((d) => d.id))];
  const existing = deptIds.length === 0 || basicCodes.length === 0 ? [] : await chunked(basicCodes, (chunk) => db.selectFrom('implementations')
    .select(['code', 'department_id', 'basic_code']).where('department_id', 'in', deptIds).where('basic_code', 'in', chunk).execute());
  const existingPairs = new Map(existing.map((e) => [`${e.department_id}|${e.basic_code}`, e.code]));

  const ready: ReadyItem[] = [];
  const inFile = new Map<string, ParsedItem>();
  let done = 0;
  for (const item of items) {
    const before = report.list.length;
    // Identity columns (basic code, department, …) are not content: their cells come from the Items row itself.
    const at = (column: string): CellRef => ({ ...item.origin, column, cell: item.rowCells[column] ?? null });
    const basic = item.basicCode ? basics.get(item.basicCode) : undefined;
    if (item.basicCode && !basic) report.add(at('basicCode'), 'BASIC_ITEM_NOT_FOUND', { zh: `基本目录中没有编码 ${quote(item.basicCode)}`, en: `The basic catalogue has no item ${quoteEn(item.basicCode)}` });
    const dept = item.departmentCreditCode ? departments.get(item.departmentCreditCode) : undefined;
    let level: ExerciseLevel | null = null;
    let code: string | null = null;
    if (item.departmentCreditCode && (!dept || !dept.active)) {
      report.add(at('departmentCreditCode'), 'IMPORT_DEPARTMENT_NOT_FOUND', { zh: `没有统一社会信用代码为 ${quote(item.departmentCreditCode)} 的在用部门`, en: `No active department has the credit code ${quoteEn(item.departmentCreditCode)}` });
    } else if (dept && !isInScope(scope, { regionCode: dept.region_code, departmentId: dept.id })) {
      report.add(at('departmentCreditCode'), 'IMPORT_DEPARTMENT_OUT_OF_SCOPE', { zh: `您无权为部门 ${quote(dept.credit_code)} 导入事项`, en: `You may not import items for the department ${quoteEn(dept.credit_code)}` });
    } else if (dept) {
      if (item.regionCode && item.regionCode !== dept.region_code) {
        report.add(at('regionCode'), 'IMPORT_REGION_MISMATCH', { zh: `实施部门所在区划为 ${dept.region_code}，不是 ${item.regionCode}`, en: `The department is in region ${dept.region_code}, not ${item.regionCode}` });
      }
      level = levelOfRegion(dept.level);
      if (basic) {
        code = buildImplementationCode(dept.credit_code, level, basic.code);
        if (item.implementationCode && item.implementationCode !== code) {
          report.add(at('implementationCode'), 'IMPORT_CODE_MISMATCH', {
            zh: `实施编码应为 ${code}（部门信用代码 + 层级 ${level} + 基本编码）；更换部门时请清空此列`,
            en: `The implementation code must be ${code} (credit code + level ${level} + basic code); clear the column when you change the department`,
          });
        }
        const pair = `${dept.id}|${basic.code}`;
        const existingCode = existingPairs.get(pair);
        if (existingCode) {
          report.add(at('basicCode'), 'IMPLEMENTATION_EXISTS', { zh: `该部门已有此事项的实施清单（实施编码 ${existingCode}），不能重复导入`, en: `The department already implements this item (implementation code ${existingCode}); it cannot be imported again` });
        } else if (inFile.has(pair)) {
          report.add(at('basicCode'), 'IMPORT_DUPLICATE_IMPLEMENTATION', { zh: `与第 ${inFile.get(pair)!.origin.row} 行是同一部门的同一事项`, en: `Same item for the same department as row ${inFile.get(pair)!.origin.row}` });
        } else {
          inFile.set(pair, item);
        }
      }
    }

    const content = item.content;
    if (basic) {
      // The basic catalogue's name and legal basis stand when the row leaves them empty.
      if (content.name === '') content.name = basic.name;
      if (content.legalBasis === '') content.legalBasis = basic.legal_basis;
    }
    for (const issue of schemaIssues(content)) {
      report.add(sourceOf(item, issue.path), 'VALIDATION_FAILED', issue.message);
    }
    if (basic && dept && level !== null && code !== null) {
      const ctx = checkContextOf({ basicCode: basic.code, typeCode: basic.type_code, basicName: basic.name, implementationCode: code, departmentCreditCode: dept.credit_code, level }, cancelledProofCodes);
      let blocking: ReturnType<typeof blockingFindings> = [];
      try {
        blocking = blockingFindings(checkImplementation(content, ctx));
      } catch {
        // Content too broken for the checker; its cells are already reported.
      }
      for (const f of blocking) report.add(sourceOf(item, f.path), 'IMPLEMENTATION_INCONSISTENT', f.message);
      try {
        await assertReferencedFilesExist(db, content);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        for (const field of error.fields) report.add(sourceOf(item, field.path.replace(/^\/content/, '')), field.code, field.messages);
      }
    }

    // A cell that could not be read already has its problem reported; later checks about it add nothing.
    const kept = report.list.splice(before).filter((e) => !item.failedCells.has(cellKey(e)));
    report.list.push(...kept);
    if (kept.length === 0 && item.failedCells.size === 0 && basic && dept && level !== null && code !== null) {
      ready.push({ item, code, basicCode: basic.code, departmentId: dept.id, regionCode: dept.region_code, level, content });
    }
    done += 1;
    await onProgress(done);
  }
  return { ready, errors: report };
}
