import type { Deps } from '../../platform/http/deps.ts';
import type { RequestContext } from '../../platform/auth/principal.ts';
import type { IdempotentRequest, IdempotentResult } from '../../platform/http/idempotency.ts';
import { runFrontDeskAction } from './front-desk-action.ts';
import type { CaseSummary, RejectBody } from './cases.schemas.ts';

/** Front desk: rejects a submitted case (不予受理) with the reason and the legal basis the applicant is told. */
export async function rejectCase(deps: Deps, ctx: RequestContext, id: string, input: RejectBody, request: IdempotentRequest): Promise<IdempotentResult<CaseSummary>> {
  return runFrontDeskAction(deps, ctx, id, request, 'reject', () => ({
    action: { type: 'reject', reason: input.reason, legalBasis: input.legalBasis },
    event: {
      action: 'rejected', opinion: `不予受理。理由：${input.reason.trim()}；依据：${input.legalBasis.trim()}`, note: input.note ?? null,
      details: { reason: input.reason.trim(), legalBasis: input.legalBasis.trim() },
    },
    noticeFacts: () => ({ reason: input.reason.trim(), legalBasis: input.legalBasis.trim() }),
  }));
}
