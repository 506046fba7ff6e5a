/**
 * The e-licence generation rate (电子证照生成率, issue 5): of the approved cases whose result is a licence
 * (`case_licence_results`, one row per approval), how many got an electronic licence — issued / approvals, target
 * 100 % — with the reasons of the others and the figures per department. Approval dates are China dates.
 */
import { sql } from 'kysely';
import { dayNumberOf, isIsoDate, isoDateOfDayNumber, type IsoDate } from '@onetrip/core';
import type { Deps } from '../../../platform/http/deps.ts';
import { requireStaff, type RequestContext } from '../../../platform/auth/principal.ts';
import { AppError } from '../../../platform/errors/app-error.ts';
import { todayInChina } from '../../../platform/time/today.ts';
import type { GenerationRateQuery, GenerationRateView } from './licence-admin.schemas.ts';

/** Longest period one request may cover (about ten years). */
const MAX_DAYS = 3700;

function checkedDate(value: string, path: string): IsoDate {
  if (!isIsoDate(value)) throw AppError.validation([{ path, code: 'VALIDATION_FAILED' }]);
  return value;
}

const rateOf = (issued: number, approvals: number) => (approvals === 0 ? null : issued / approvals);

export async function generationRate(deps: Deps, ctx: RequestContext, query: GenerationRateQuery): Promise<GenerationRateView> {
  const staff = requireStaff(ctx, 'licence.report');
  const to = query.to ? checkedDate(query.to, '/to') : todayInChina();
  const from = query.from ? checkedDate(query.from, '/from') : isoDateOfDayNumber(dayNumberOf(to) - 29);
  if (dayNumberOf(from) > dayNumberOf(to) || dayNumberOf(to) - dayNumberOf(from) > MAX_DAYS) throw AppError.validation([{ path: '/from', code: 'VALIDATION_FAILED' }]);

  // Department roles see their own department only; region roles their region subtree.
  const departmentId = query.departmentId ?? staff.scope.departmentId ?? undefined;
  if (departmentId !== undefined) {
    const department = await deps.db.selectFrom('departments').select(['id', 'region_code']).where('id', '=', departmentId).executeTakeFirst();
    const visible = department && department.region_code.startsWith(staff.scope.regionPrefix) && (staff.scope.departmentId === null || staff.scope.departmentId === department.id);
    if (!visible) throw AppError.notFound('department');
  }

  let base = deps.db.selectFrom('case_licence_results as r')
    .where('r.region_code', 'like', `${staff.scope.regionPrefix}%`)
    .where('r.approved_on', '>=', from).where('r.approved_on', '<=', to);
  if (departmentId !== undefined) base = base.where('r.department_id', '=', departmentId);

  const [byDepartment, byReason] = await Promise.all([
    base.innerJoin('departments as d', 'd.id', 'r.department_id')
      .select(['r.department_id', 'd.name'])
      .select((eb) => [eb.fn.countAll<string>().as('approvals'), sql<string>`count(r.licence_id)`.as('issued')])
      .groupBy(['r.department_id', 'd.name', 'd.region_code']).orderBy('d.region_code').orderBy('d.name')
      .execute(),
    base.where('r.licence_id', 'is', null).select(['r.not_issued_reason']).select((eb) => eb.fn.countAll<string>().as('n'))
      .groupBy('r.not_issued_reason').orderBy('n', 'desc').orderBy('r.not_issued_reason').execute(),
  ]);
  const departments = byDepartment.map((r) => {
    const approvals = Number(r.approvals);
    const issued = Number(r.issued);
    return { departmentId: r.department_id, departmentName: r.name, approvals, issued, rate: rateOf(issued, approvals) };
  });
  const approvals = departments.reduce((s, d) => s + d.approvals, 0);
  const issued = departments.reduce((s, d) => s + d.issued, 0);
  return {
    from, to, approvals, issued, rate: rateOf(issued, approvals),
    notIssued: byReason.map((r) => ({ reason: r.not_issued_reason ?? 'unknown', count: Number(r.n) })),
    departments,
  };
}
