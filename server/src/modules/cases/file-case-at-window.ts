import { isInScope, regionPrefix, type DeliveryMethod } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import type { Tx } from '../../platform/db/database.ts';
import { requireStaff, type RequestContext, type StaffPrincipal } from '../../platform/auth/principal.ts';
import type { CaseChannel } from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { pageOf, type Page, type PageQuery } from '../../platform/http/pagination.ts';
import { casesRepository as repo } from './cases.repository.ts';
import { insertCaseDraft, loadPublishedImplementation, type PublishedImplementation } from './create-case-draft.ts';
import { caseDetail, frontDeskOf, toCaseSummary } from './case-support.ts';
import type { CaseDetail } from './cases.schemas.ts';
import type { FiledCase } from './front-desk.schemas.ts';

/** A clerk files at the window; an agent (帮办代办) at a proxy point. A clerk who is also an agent files as a clerk. */
export function filingChannelOf(staff: Pick<StaffPrincipal, 'roles'>): Extract<CaseChannel, 'window' | 'agent'> {
  return staff.roles.includes('clerk') ? 'window' : 'agent';
}

/**
 * Where the case will be accepted, if this staff member may file it: a clerk files only what their own desk accepts —
 * the same rule as the pre-review queue (the hall of the implementing region is in the clerk's region, or, where that
 * region has no hall, the clerk's own department), with the implementation in the clerk's scope, so that the case
 * lands in the clerk's own queue. An agent files for the residents of their area the items of their own region or of
 * a region above it (village → township → district → city), accepted by those items' own front desks.
 */
export async function deskForFiling(tx: Tx, staff: StaffPrincipal, implementation: PublishedImplementation): Promise<{ hallId: string | null; hallName: string | null }> {
  const hall = await repo.hallOfRegion(tx, implementation.region_code);
  const desk = { hallId: hall?.id ?? null, hallName: hall?.name ?? null };
  if (filingChannelOf(staff) === 'window') {
    const inScope = isInScope(staff.scope, { regionCode: implementation.region_code, departmentId: implementation.department_id });
    if (inScope && (await repo.isFrontDeskOf(tx, frontDeskOf(staff), { hall_id: desk.hallId, department_id: implementation.department_id }))) return desk;
  } else if (staff.regionCode.startsWith(regionPrefix(implementation.region_code))) {
    return desk;
  }
  throw new AppError('CASE_NOT_FILED_AT_THIS_DESK');
}

/**
 * Clerk (window) or agent (帮办代办): starts a draft on a walk-in applicant's behalf — channel `window` or `agent`, the
 * filer recorded on the case, in the timeline and in the audit log — pre-filled from the applicant's record. The clerk
 * or agent then fills the form, uploads the scans and submits through the same routes as the applicant; the case
 * shows in the applicant's own "my cases".
 */
export async function fileCaseOnBehalf(deps: Deps, ctx: RequestContext, input: { applicantId: string; implementationId: string; deliveryMethod?: DeliveryMethod | undefined }): Promise<CaseDetail> {
  const staff = requireStaff(ctx, 'case.file_on_behalf');
  const channel = filingChannelOf(staff);
  const row = await deps.db.transaction().execute(async (tx) => {
    const implementation = await loadPublishedImplementation(tx, input.implementationId);
    const desk = await deskForFiling(tx, staff, implementation);
    const applicant = await tx.selectFrom('applicants').select(['id', 'active']).where('id', '=', input.applicantId).executeTakeFirst();
    if (!applicant?.active) throw AppError.notFound('applicant');
    const unitName = channel === 'window' ? desk.hallName : await repo.unitNameOf(tx, staff, null);
    const { row: created } = await insertCaseDraft(deps, tx, ctx, {
      implementation, applicantId: applicant.id, channel, deliveryMethod: input.deliveryMethod ?? 'window_pickup', hallId: desk.hallId,
      filedBy: { id: staff.id, name: staff.displayName, unitName }, actor: { kind: 'staff', id: staff.id, name: staff.displayName },
    });
    return created;
  });
  return caseDetail(deps, row, 'staff');
}

/** Clerk or agent: the cases I filed on applicants' behalf, newest first (an agent follows the cases they filed). */
export async function listCasesFiledByMe(deps: Deps, ctx: RequestContext, query: PageQuery): Promise<Page<FiledCase>> {
  const staff = requireStaff(ctx, 'case.file_on_behalf');
  const page = pageOf(query);
  const base = deps.db.selectFrom('cases as c').innerJoin('applicants as a', 'a.id', 'c.applicant_id').where('c.filed_by_staff_id', '=', staff.id);
  const [rows, total] = await Promise.all([
    base.selectAll('c').select(['a.name as applicant_name']).orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').offset(page.offset).limit(page.pageSize).execute(),
    base.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map((r) => ({ ...toCaseSummary(r), applicantName: r.applicant_name })), total: Number(total.n), page: page.page, pageSize: page.pageSize };
}
