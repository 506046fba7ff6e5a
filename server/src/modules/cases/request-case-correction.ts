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
/** Working days the correction notice gives the applicant to correct (local practice; printed on the notice). */
export const CORRECTION_PERIOD_WORKING_DAYS = 20;

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
      // The applicant has 20 working days to correct (a local practice; the law sets no period), shown on the notice.
      noticeFacts: (_next, context, saved) => ({
        materials: items.map((item, i) => ({ name: names[i] ?? item.materialKey, problem: item.materialKey === FORM_MATERIAL_KEY ? 'defective' : 'missing', detail: item.problem, remedy: '请按要求补正后重新提交' })),
        correctionDeadline: context.calendar.addWorkingDays(context.today, CORRECTION_PERIOD_WORKING_DAYS).date,
        resubmission: { onlineUrl: `${deps.config.publicUrl?.replace(/\/$/, '') ?? ''}/me/cases/${saved.id}` },
      }),
    };
  });
}
