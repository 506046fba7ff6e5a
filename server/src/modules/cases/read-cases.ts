import { preReviewStatus } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, requireApplicant, requireStaff, type RequestContext } from '../../platform/auth/principal.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { pageOf, type Page, type PageQuery } from '../../platform/http/pagination.ts';
import { calendarOf } from '../calendar/calendar-cache.ts';
import { casesRepository as repo } from './cases.repository.ts';
import { loadReadableCase } from './case-access.ts';
import { caseDetail, frontDeskOf, loadOwnCase, toCaseSummary, todayInChina } from './case-support.ts';
import type { CaseDetail, CaseSummary } from './cases.schemas.ts';

/** Applicant: my cases, newest first. */
export async function listMyCases(deps: Deps, ctx: RequestContext, query: PageQuery & { status?: string | undefined }): Promise<Page<CaseSummary>> {
  const applicant = requireApplicant(ctx);
  const page = pageOf(query);
  const { rows, total } = await repo.listByApplicant(deps.db, applicant.id, page, query.status);
  return { items: rows.map(toCaseSummary), total, page: page.page, pageSize: page.pageSize };
}

/**
 * A case with its form, materials, clock and timeline: for its applicant, or for staff who may read it (its front
 * desk, the competent department's workers, centre administrators and supervisors in scope; that read is audited).
 */
export async function getCase(deps: Deps, ctx: RequestContext, id: string): Promise<CaseDetail> {
  if (ctx.principal?.kind === 'staff') {
    const row = await loadReadableCase(deps.db, requireStaff(ctx), id);
    // The form holds personal data (ID numbers, addresses): every staff read is on record.
    await deps.db.transaction().execute((tx) => recordAudit(tx, auditContextOf(ctx), { action: 'case.read', subjectType: 'case', subjectId: id, summary: { caseNumber: row.case_number } }));
    return caseDetail(deps, row, 'staff');
  }
  return caseDetail(deps, await loadOwnCase(deps.db, requireApplicant(ctx), id), 'applicant');
}

/**
 * Front desk: the pre-review queue (预审) of the clerk's desk, most urgent art. 32 deadline first, each with its art. 32
 * status (open / warning the working day before the deadline / deemed accepted once it has passed).
 */
export async function listPreReviewQueue(deps: Deps, ctx: RequestContext, query: PageQuery) {
  const staff = requireStaff(ctx, 'case.pre_review');
  const page = pageOf(query);
  const { rows, total } = await repo.preReviewQueue(deps.db, frontDeskOf(staff), page);
  const calendar = await calendarOf(deps.db);
  const today = todayInChina();
  return {
    items: rows.map((row) => ({
      ...toCaseSummary(row), applicantName: row.applicant_name, applicantKind: row.applicant_kind,
      preReview: preReviewStatus(calendar, row.received_on ?? today, today),
    })),
    total, page: page.page, pageSize: page.pageSize,
  };
}
