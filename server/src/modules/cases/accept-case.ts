import { computeCaseClock } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import type { RequestContext } from '../../platform/auth/principal.ts';
import type { IdempotentRequest, IdempotentResult } from '../../platform/http/idempotency.ts';
import { askedMaterials, assertAskedMaterial } from './case-support.ts';
import { runFrontDeskAction } from './front-desk-action.ts';
import type { AcceptBody, CaseSummary } from './cases.schemas.ts';

/**
 * Front desk: accepts a submitted case (受理) — optionally with deficiency (容缺受理: named materials handed in later by
 * a promised date) or on commitment (告知承诺, where the item allows it). The clock starts: the acceptance day does not
 * count, and past art. 32's five working days the acceptance date is the day of receipt (core decides both).
 */
export async function acceptCase(deps: Deps, ctx: RequestContext, id: string, input: AcceptBody, request: IdempotentRequest): Promise<IdempotentResult<CaseSummary>> {
  return runFrontDeskAction(deps, ctx, id, request, 'accept', (_row, content, cancelled) => {
    for (const key of input.deficiency?.materialKeys ?? []) assertAskedMaterial(content, cancelled, key);
    return {
      action: { type: 'accept', deficiency: input.deficiency ?? null, commitmentText: input.commitmentText ?? null },
      event: {
        action: 'accepted', opinion: '申请材料齐全、符合法定形式，予以受理。', note: input.note ?? null,
        details: { deficiency: input.deficiency ?? null, commitment: input.commitmentText != null },
      },
      update: (next, context) => {
        const clock = computeCaseClock(context.calendar, {
          caseKind: content.caseKind, acceptedOn: next.acceptedOn ?? context.today, legalLimit: content.legalLimit, promisedLimit: content.promisedLimit,
          steps: content.process.map((s, i) => ({ key: s.key, limit: s.limit, startedOn: i === next.stepIndex ? next.stepStartedOn : null })),
        }, context.today);
        return { promised_deadline: clock.promisedDeadline, legal_deadline: clock.legalDeadline };
      },
      noticeFacts: (_next, _context, saved) => ({
        materialsReceived: askedMaterials(content, cancelled).filter((m) => !(input.deficiency?.materialKeys ?? []).includes(m.key))
          .map((m) => ({ name: m.name, form: m.kind === 'original' ? '原件' : '复印件', copies: m.paperCopies })),
        promisedConclusionDate: saved.promised_deadline ?? saved.accepted_on,
        ...(content.promisedLimit.unit === 'working_days' ? { promisedWorkingDays: Math.ceil(content.promisedLimit.value) } : {}),
      }),
    };
  });
}
