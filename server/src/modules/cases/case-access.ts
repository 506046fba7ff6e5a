/**
 * Who among staff may see and work an accepted case: the step workers of the competent department (a holder of the
 * current step's role, placed in the case's department, with the case in their data scope), the centre
 * administrators of the case's region (void), and its front desk (delivery, reading). Anything out of scope is 404,
 * as if the case did not exist; in scope but without the role is 403.
 */
import { currentStep, isInScope, roleHasPermission, type ImplementationContent } from '@onetrip/core';
import type { DbOrTx } from '../../platform/db/database.ts';
import { requirePrincipal, requireStaff, type RequestContext, type StaffPrincipal } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { casesRepository as repo, type CaseRow } from './cases.repository.ts';
import { frontDeskOf, loadOwnCase } from './case-support.ts';

/** In the staff member's data scope (region subtree, and their department for department roles). */
export function isCaseInScope(staff: StaffPrincipal, row: CaseRow): boolean {
  return row.status !== 'draft' && isInScope(staff.scope, { regionCode: row.region_code, departmentId: row.department_id });
}

/** A member of the competent department (approvers act only for their own department's cases). */
export function isOfCompetentDepartment(staff: StaffPrincipal, row: CaseRow): boolean {
  return staff.departmentId !== null && staff.departmentId === row.department_id && isCaseInScope(staff, row);
}

/** The case for a step worker's action: in the department and scope (404 otherwise), holding the step's role (403). */
export async function loadStepCase(db: DbOrTx, staff: StaffPrincipal, id: string, options: { forUpdate?: boolean } = {}): Promise<{ row: CaseRow; content: ImplementationContent }> {
  const row = await repo.find(db, id, options);
  if (!row || !isOfCompetentDepartment(staff, row)) throw AppError.notFound('case');
  const content = await repo.versionContent(db, row.implementation_id, row.implementation_version);
  const step = currentStep(row.state, content);
  // Between steps (concluded, closed) the department's approvers keep their read access; the rules answer the state.
  const role = step?.role ?? content.process.at(-1)?.role ?? 'approver';
  if (!staff.roles.includes(role)) throw new AppError('FORBIDDEN', { message: `the step needs the role ${role}` });
  return { row, content };
}

/** The case for a centre administrator of its region (void). */
export async function loadAdminCase(db: DbOrTx, staff: StaffPrincipal, id: string, options: { forUpdate?: boolean } = {}): Promise<CaseRow> {
  const row = await repo.find(db, id, options);
  if (!row || !isCaseInScope(staff, row)) throw AppError.notFound('case');
  if (!staff.roles.includes('center_admin')) throw new AppError('FORBIDDEN', { message: 'only a centre administrator voids a case' });
  return row;
}

/**
 * Read access for staff: the case's front desk (clerks), the competent department's workers (approvers placed in
 * it), centre administrators and supervisors in scope. Returns null when the case is not theirs to see.
 */
export async function staffMayRead(db: DbOrTx, staff: StaffPrincipal, row: CaseRow): Promise<boolean> {
  // The clerk or agent who filed the case on the applicant's behalf follows it, draft included.
  if (isFilerOf(staff, row)) return true;
  if (!isCaseInScope(staff, row)) return false;
  if (staff.roles.includes('center_admin') || staff.roles.includes('supervisor')) return true;
  if (staff.roles.includes('approver') && isOfCompetentDepartment(staff, row)) return true;
  if (staff.roles.includes('clerk')) return repo.isFrontDeskOf(db, frontDeskOf(staff), row);
  return false;
}

export async function loadReadableCase(db: DbOrTx, staff: StaffPrincipal, id: string): Promise<CaseRow> {
  const row = await repo.find(db, id);
  if (!row || !(await staffMayRead(db, staff, row))) throw AppError.notFound('case');
  return row;
}

/** The staff member who filed this case on the applicant's behalf (window or assisted filing), still holding that right. */
export function isFilerOf(staff: StaffPrincipal, row: Pick<CaseRow, 'filed_by_staff_id'>): boolean {
  return row.filed_by_staff_id === staff.id && roleHasPermission(staff.roles, 'case.file_on_behalf');
}

/** Who fills and submits a case: its applicant, or the clerk / agent who filed it on their behalf. */
export type CaseFiler =
  | { kind: 'applicant'; id: string; name: string }
  | { kind: 'staff'; id: string; name: string; staff: StaffPrincipal };

/**
 * A case for filling in, uploading and submitting: the applicant's own case, or a case the staff member filed on the
 * applicant's behalf. Anything else is 404; staff without the right to file are 403.
 */
export async function loadCaseForFiler(db: DbOrTx, ctx: RequestContext, id: string, options: { forUpdate?: boolean; facts?: boolean } = {}): Promise<{ row: CaseRow; filer: CaseFiler }> {
  const principal = requirePrincipal(ctx);
  if (principal.kind === 'applicant') {
    const row = await loadOwnCase(db, principal, id, options);
    // A draft the clerk or agent is filling is theirs until it is submitted (the applicant follows it in "my cases";
    // a correction request later is the applicant's to answer, online or at the window).
    if (row.status === 'draft' && row.filed_by_staff_id !== null) throw new AppError('CASE_BEING_FILED_ON_BEHALF');
    return { row, filer: { kind: 'applicant', id: principal.id, name: principal.name } };
  }
  const staff = requireStaff(ctx, 'case.file_on_behalf');
  const row = await repo.find(db, id, options);
  if (!row || !isFilerOf(staff, row)) throw AppError.notFound('case');
  return { row, filer: { kind: 'staff', id: staff.id, name: staff.displayName, staff } };
}
