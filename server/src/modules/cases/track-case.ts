/**
 * Public progress lookup (办件进度查询), also reached from the QR code on every notice: case number plus a check — the
 * applicant's name, or the last 4 characters of their ID number (credit code for an enterprise). A wrong check and
 * an unknown number answer the same 404, and failures are throttled per address, so the lookup never tells whether
 * a number exists. The answer holds no personal data: status, deadlines and the applicant-facing timeline (no
 * internal notes, no staff names, personal data masked in opinions).
 */
import { maskPersonalDataInText } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import type { RequestContext } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import { throttleOf } from '../../platform/auth/failure-throttle.ts';
import { calendarOf } from '../calendar/calendar-cache.ts';
import { casesRepository as repo } from './cases.repository.ts';
import { clockOf } from './case-support.ts';

/** Wrong checks one address may make in the window before it is refused (429). */
export const TRACK_FAILURES_PER_ADDRESS = 10;
const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toUpperCase();

export async function trackCase(deps: Deps, ctx: RequestContext, query: { number: string; check: string }) {
  const throttle = throttleOf(deps.db, 'cases.track', TRACK_FAILURES_PER_ADDRESS, 15 * 60_000);
  throttle.refuseIfThrottled(ctx.clientIp);
  const row = await deps.db.selectFrom('cases as c').innerJoin('applicants as a', 'a.id', 'c.applicant_id')
    .selectAll('c').select(['a.name as applicant_name', 'a.id_number_enc', 'a.credit_code'])
    .where('c.case_number', '=', query.number.trim()).executeTakeFirst();
  const check = normalise(query.check);
  const id = row ? (row.id_number_enc ? deps.pii.decrypt(row.id_number_enc) : (row.credit_code ?? '')) : '';
  const matches = row !== undefined && check.length > 0 && (check === normalise(row.applicant_name) || (check.length === 4 && id.length >= 4 && check === normalise(id.slice(-4))));
  if (!matches) {
    throttle.recordFailure(ctx.clientIp);
    throw AppError.notFound('case');
  }
  const [content, events] = await Promise.all([repo.versionContent(deps.db, row.implementation_id, row.implementation_version), repo.events(deps.db, row.id)]);
  return {
    caseNumber: row.case_number ?? '', itemName: row.item_name, status: row.status, receivedOn: row.received_on, acceptedOn: row.accepted_on,
    promisedDeadline: row.promised_deadline, legalDeadline: row.legal_deadline, concludedOn: row.state.concludedOn, outcome: row.state.outcome,
    clock: clockOf(await calendarOf(deps.db), row, content),
    timeline: events.map((e) => ({ at: e.at.toISOString(), action: e.action, unitName: e.unit_name, opinion: e.opinion === null ? null : maskPersonalDataInText(e.opinion) })),
  };
}
