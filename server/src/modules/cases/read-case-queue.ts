import { computeCaseClock, currentStep, type CaseClock } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { pageOf, type PageQuery } from '../../platform/http/pagination.ts';
import { calendarOf } from '../calendar/calendar-cache.ts';
import { casesRepository as repo } from './cases.repository.ts';
import { clockInputOf } from './case-action.ts';
import { toCaseSummary, todayInChina } from './case-support.ts';

const COLOUR_RANK = { red: 0, yellow: 1, green: 2 } as const;
/** Most cases one queue sorts in memory (urgency needs the clock, which needs the calendar). */
const QUEUE_CAP = 2000;

/**
 * Step worker: the approval queue of my department — accepted cases whose current step needs a role I hold, waiting
 * in the department's queue or assigned to me — most urgent first: clock colour (red, yellow, green), then remaining
 * working days, then arrival.
 */
export async function listStepQueue(deps: Deps, ctx: RequestContext, query: PageQuery) {
  const staff = requireStaff(ctx);
  if (staff.departmentId === null || !staff.roles.includes('approver')) throw new AppError('FORBIDDEN', { message: 'only step workers of a department have an approval queue' });
  const page = pageOf(query);
  const rows = await repo.stepQueue(deps.db, { departmentId: staff.departmentId, regionPrefix: staff.scope.regionPrefix, userId: staff.id }, QUEUE_CAP);
  const calendar = await calendarOf(deps.db);
  const today = todayInChina();
  const items: { item: ReturnType<typeof toCaseSummary> & Record<string, unknown>; clock: CaseClock }[] = [];
  for (const row of rows) {
    // Version contents are cached process-wide (cases.repository.ts): one read per version, not per case.
    const content = await repo.versionContent(deps.db, row.implementation_id, row.implementation_version);
    const step = currentStep(row.state, content);
    if (!step || !staff.roles.includes(step.role)) continue;
    const clock = computeCaseClock(calendar, clockInputOf(row.state, content), today);
    items.push({ item: { ...toCaseSummary(row), applicantName: row.applicant_name, step: { index: row.state.stepIndex ?? 0, key: step.key, name: step.name }, assigneeId: row.state.assigneeId, clock }, clock });
  }
  items.sort((a, b) => COLOUR_RANK[a.clock.colour] - COLOUR_RANK[b.clock.colour] || a.clock.remainingWorkingDays - b.clock.remainingWorkingDays);
  return { items: items.slice(page.offset, page.offset + page.pageSize).map((i) => i.item), total: items.length, page: page.page, pageSize: page.pageSize };
}
