import type { Deps } from '../../platform/http/deps.ts';
import { auditContextOf, type RequestContext } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { recordAudit } from '../../platform/audit/audit-log.ts';
import { casesRepository as repo } from './cases.repository.ts';
import { assertFormValid, type FormData } from './case-form.ts';
import { caseDetail, encryptForm, formKeyOf } from './case-support.ts';
import { loadCaseForFiler } from './case-access.ts';
import type { CaseDetail } from './cases.schemas.ts';

/** Statuses in which the applicant may still change form and materials. */
export const EDITABLE_STATUSES = ['draft', 'correction_requested'] as const;

export function assertEditable(status: string): void {
  if (!(EDITABLE_STATUSES as readonly string[]).includes(status)) throw new AppError('CASE_NOT_EDITABLE');
}

/**
 * Applicant (or the clerk / agent who filed the case for them): saves the form of a draft (or of a case awaiting
 * correction). Values present must satisfy the version's schema; missing required fields are allowed until submission.
 * The form is stored encrypted and never audited.
 */
export async function saveCaseDraft(deps: Deps, ctx: RequestContext, id: string, input: { formData: FormData; expectedVersion?: number | undefined }): Promise<CaseDetail> {
  let audience: 'applicant' | 'staff' = 'applicant';
  const row = await deps.db.transaction().execute(async (tx) => {
    const { row: current, filer } = await loadCaseForFiler(tx, ctx, id, { forUpdate: true });
    audience = filer.kind;
    assertEditable(current.status);
    if (input.expectedVersion !== undefined && input.expectedVersion !== current.version) throw new AppError('CASE_STALE_VERSION');
    const content = await repo.versionContent(tx, current.implementation_id, current.implementation_version);
    assertFormValid(formKeyOf(current), content.form, input.formData, { partial: true });
    const saved = await repo.saveFormData(tx, current, encryptForm(deps, input.formData));
    // Field names only: the values are personal data.
    await recordAudit(tx, auditContextOf(ctx), { action: 'case.draft_saved', subjectType: 'case', subjectId: id, summary: { fields: Object.keys(input.formData), version: saved.version } });
    return saved;
  });
  return caseDetail(deps, row, audience);
}
