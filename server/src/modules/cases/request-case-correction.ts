import type { Deps } from '../../platform/http/deps.ts';
import type { RequestContext } from '../../platform/auth/principal.ts';
import type { IdempotentRequest, IdempotentResult } from '../../platform/http/idempotency.ts';
import { assertAskedMaterial, FORM_MATERIAL_KEY } from './case-support.ts';
import { runFrontDeskAction } from './front-desk-action.ts';
import type { CaseSummary, CorrectionBody } from './cases.schemas.ts';

/**
 * Front desk: one complete correction notice (一次性补正告知, art. 32 (4)) listing every missing or defective material
 * at once — materials of the item (never a cancelled proof) or `form` for the application form. The applicant
 * corrects and resubmits; the resubmission is a new receipt and goes back to the queue.
 */
export async function requestCaseCorrection(deps: Deps, ctx: RequestContext, id: string, input: CorrectionBody, request: IdempotentRequest): Promise<IdempotentResult<CaseSummary>> {
  return runFrontDeskAction(deps, ctx, id, request, 'request_correction', (_row, content, cancelled) => {
    const items = input.items.map((item) => ({ materialKey: item.materialKey.trim(), problem: item.problem.trim() }));
    const names = items.map((item) => {
      if (item.materialKey === FORM_MATERIAL_KEY) return '申请表';
      return assertAskedMaterial(content, cancelled, item.materialKey).name;
    });
    return {
      action: { type: 'request_correction', items },
      event: {
        action: 'correction_requested', opinion: items.map((item, i) => `${i + 1}. ${names[i] ?? item.materialKey}：${item.problem}`).join('\n'), note: input.note ?? null,
        details: { items },
      },
    };
  });
}
