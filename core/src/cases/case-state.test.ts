import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CASE_ERROR_CODES, CASE_ERRORS, type CaseErrorCode } from './case-errors.ts';
import {
  actionsAllowedIn, applyAction, CASE_ACTION_ACTORS, CASE_ACTION_SOURCES, CASE_ACTION_TYPES, CASE_STATUSES, currentStep,
  isAtDecisionStep, newCaseState, type CaseAction, type CaseActionType, type CaseContext, type CaseImplementation,
  type CaseState, type CaseStatus, type CaseTransition,
} from './case-state.ts';
import { CALENDAR_2026, immediateImplementation, promisedImplementation } from './fixtures.ts';

// Codes produced anywhere in this file; the last test checks that every code in the table is produced.
const seenCodes = new Set<CaseErrorCode>();

function ctx(today: string, implementation: CaseImplementation = promisedImplementation(), extra: Partial<CaseContext> = {}): CaseContext {
  return { today, calendar: CALENDAR_2026, implementation, ...extra };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function clone(state: CaseState): CaseState {
  return JSON.parse(JSON.stringify(state)) as CaseState;
}

/** Applies an action to a frozen copy, checks that a refusal changed nothing, and records the code. */
function act(state: CaseState, action: CaseAction, context: CaseContext): CaseTransition {
  const before = clone(state);
  const frozen = deepFreeze(clone(state));
  const result = applyAction(frozen, action, context);
  expect(frozen).toEqual(before);
  if (!result.ok) seenCodes.add(result.code);
  return result;
}

/** Applies actions that must all succeed. */
function after(state: CaseState, steps: [CaseAction, CaseContext][]): CaseState {
  let s = state;
  for (const [action, context] of steps) {
    const r = act(s, action, context);
    if (!r.ok) throw new Error(`${action.type} refused: ${r.code}`);
    s = r.next;
  }
  return s;
}

function expectCode(result: CaseTransition, code: CaseErrorCode): void {
  expect(result).toEqual({ ok: false, code });
}

function nextOf(result: CaseTransition): CaseState {
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result.next;
}

// Monday 2 March 2026: an ordinary week; the art. 32 pre-review deadline of a submission that day is Monday 9 March.
const DAY = '2026-03-02';
const NEXT = '2026-03-03';
const AFTER_PRE_REVIEW = '2026-03-10';

const submitted = (): CaseState => after(newCaseState(), [[{ type: 'submit' }, ctx(DAY)]]);
const accepted = (deficiency = false): CaseState =>
  after(submitted(), [[{ type: 'accept', assigneeId: 'u-1', deficiency: deficiency ? { materialKeys: ['site-plan'], promisedBy: '2026-03-10' } : null }, ctx(DAY)]]);
const atStep = (index: number, deficiency = false): CaseState =>
  after(accepted(deficiency), Array.from({ length: index }, (): [CaseAction, CaseContext] => [{ type: 'pass', opinion: '同意', nextAssigneeId: 'u-1' }, ctx(NEXT)]));
const concluded = (): CaseState => after(atStep(2), [[{ type: 'approve', opinion: '准予许可' }, ctx(NEXT)]]);

/** A reachable state of each status; in_review and suspended depend on the action, so that its own rules pass. */
function sampleState(status: CaseStatus, type: CaseActionType): CaseState {
  switch (status) {
    case 'draft':
      return newCaseState();
    case 'submitted':
      return submitted();
    case 'correction_requested':
      return after(submitted(), [[{ type: 'request_correction', items: [{ materialKey: 'id-card', problem: '复印件不清晰' }] }, ctx(DAY)]]);
    case 'in_review':
      if (type === 'approve' || type === 'deny') return atStep(2);
      if (type === 'countersign') return after(atStep(1), [[{ type: 'request_countersign', userIds: ['u-9'] }, ctx(NEXT)]]);
      return atStep(1, true);
    case 'suspended':
      return after(atStep(1, true), [[{ type: 'start_special_procedure', procedure: 'site_inspection', reason: '现场核查', plannedEnd: '2026-03-12' }, ctx(NEXT)]]);
    case 'concluded':
      return concluded();
    case 'delivered':
      return after(concluded(), [[{ type: 'record_delivery', method: 'electronic' }, ctx(NEXT)]]);
    case 'rejected':
      return after(submitted(), [[{ type: 'reject', reason: '不属于本机关职权范围', legalBasis: '《行政许可法》第三十二条第一款第二项' }, ctx(DAY)]]);
    case 'withdrawn':
      return after(submitted(), [[{ type: 'withdraw', reason: '不再需要' }, ctx(DAY)]]);
    case 'voided':
      return after(atStep(1), [[{ type: 'void', reason: '重复受理' }, ctx(NEXT)]]);
  }
}

/** A well-formed action of each type, with the context it needs. */
function sampleAction(type: CaseActionType): [CaseAction, CaseContext] {
  const on = (action: CaseAction, context = ctx(NEXT)): [CaseAction, CaseContext] => [action, context];
  switch (type) {
    case 'submit': return on({ type });
    case 'request_correction': return on({ type, items: [{ materialKey: 'id-card', problem: '复印件不清晰' }] });
    case 'resubmit': return on({ type });
    case 'accept': return on({ type });
    case 'reject': return on({ type, reason: '不属于本机关职权范围', legalBasis: '《行政许可法》第三十二条' });
    case 'deem_accept': return on({ type }, ctx(AFTER_PRE_REVIEW));
    case 'conclude_at_window': return on({ type, outcome: 'approved', opinion: '当场办结' }, ctx(NEXT, immediateImplementation()));
    case 'transfer': return on({ type, toUserId: 'u-2' });
    case 'request_countersign': return on({ type, userIds: ['u-9'] });
    case 'countersign': return on({ type, userId: 'u-9', agree: true, opinion: '同意' });
    case 'pass': return on({ type, opinion: '同意' });
    case 'return': return on({ type, toStep: 0, reason: '材料需重新审查' });
    case 'approve': return on({ type, opinion: '准予许可' });
    case 'deny': return on({ type, opinion: '不予许可', reason: '不符合条件', legalBasis: '《食品安全法》第三十五条' });
    case 'start_special_procedure': return on({ type, procedure: 'site_inspection', reason: '现场核查', plannedEnd: '2026-03-12' });
    case 'end_special_procedure': return on({ type });
    case 'extend': return on({ type, days: 5, reason: '需补充论证' });
    case 'fulfill_deficiency': return on({ type });
    case 'withdraw': return on({ type, reason: '不再需要' });
    case 'void': return on({ type, reason: '重复受理' });
    case 'record_delivery': return on({ type, method: 'window_pickup' });
  }
}

// The specification: the next status, or the code, of every (status, action) pair.
type Cell = CaseStatus | CaseErrorCode;
const COLUMNS: readonly CaseStatus[] = ['draft', 'submitted', 'correction_requested', 'in_review', 'suspended', 'concluded', 'delivered', 'rejected', 'withdrawn', 'voided'];
const AC = 'CASE_ALREADY_CONCLUDED';
const CL = 'CASE_CLOSED';
const PR = 'CASE_NOT_IN_PRE_REVIEW';
const RV = 'CASE_NOT_IN_REVIEW';
const SU = 'CASE_SUSPENDED';
const FINAL: Cell[] = [AC, AC, CL, CL, CL];
const MATRIX: Record<CaseActionType, Cell[]> = {
  //                    draft            submitted               correction_requested    in_review      suspended
  submit:              ['submitted',     'CASE_NOT_DRAFT',       'CASE_NOT_DRAFT',       'CASE_NOT_DRAFT', 'CASE_NOT_DRAFT', ...FINAL],
  request_correction:  [PR,              'correction_requested', PR,                     PR,            PR,            ...FINAL],
  resubmit:            ['CASE_NOT_AWAITING_CORRECTION', 'CASE_NOT_AWAITING_CORRECTION', 'submitted', 'CASE_NOT_AWAITING_CORRECTION', 'CASE_NOT_AWAITING_CORRECTION', ...FINAL],
  accept:              [PR,              'in_review',            PR,                     PR,            PR,            ...FINAL],
  reject:              [PR,              'rejected',             PR,                     PR,            PR,            ...FINAL],
  deem_accept:         [PR,              'in_review',            PR,                     PR,            PR,            ...FINAL],
  conclude_at_window:  [PR,              'concluded',            PR,                     PR,            PR,            ...FINAL],
  transfer:            [RV,              RV,                     RV,                     'in_review',   'suspended',   ...FINAL],
  request_countersign: [RV,              RV,                     RV,                     'in_review',   SU,            ...FINAL],
  countersign:         [RV,              RV,                     RV,                     'in_review',   SU,            ...FINAL],
  pass:                [RV,              RV,                     RV,                     'in_review',   SU,            ...FINAL],
  return:              [RV,              RV,                     RV,                     'in_review',   SU,            ...FINAL],
  approve:             [RV,              RV,                     RV,                     'concluded',   SU,            ...FINAL],
  deny:                [RV,              RV,                     RV,                     'concluded',   SU,            ...FINAL],
  start_special_procedure: [RV,          RV,                     RV,                     'suspended',   SU,            ...FINAL],
  end_special_procedure: ['CASE_NOT_SUSPENDED', 'CASE_NOT_SUSPENDED', 'CASE_NOT_SUSPENDED', 'CASE_NOT_SUSPENDED', 'in_review', ...FINAL],
  extend:              [RV,              RV,                     RV,                     'in_review',   'suspended',   ...FINAL],
  fulfill_deficiency:  [RV,              RV,                     RV,                     'in_review',   'suspended',   ...FINAL],
  withdraw:            ['CASE_NOT_SUBMITTED', 'withdrawn',       'withdrawn',            'withdrawn',   'withdrawn',   ...FINAL],
  void:                ['CASE_NOT_SUBMITTED', 'voided',          'voided',               'voided',      'voided',      ...FINAL],
  record_delivery:     ['CASE_NOT_CONCLUDED', 'CASE_NOT_CONCLUDED', 'CASE_NOT_CONCLUDED', 'CASE_NOT_CONCLUDED', 'CASE_NOT_CONCLUDED', 'delivered', 'CASE_ALREADY_DELIVERED', CL, CL, CL],
};

describe('every (state, action) pair', () => {
  it('the specification covers every status and action', () => {
    expect([...COLUMNS].sort()).toEqual([...CASE_STATUSES].sort());
    expect(Object.keys(MATRIX).sort()).toEqual([...CASE_ACTION_TYPES].sort());
    for (const row of Object.values(MATRIX)) expect(row).toHaveLength(COLUMNS.length);
  });

  const pairs = CASE_ACTION_TYPES.flatMap((type) => COLUMNS.map((status, i) => ({ type, status, expected: MATRIX[type][i]! })));
  it.each(pairs)('$status × $type → $expected', ({ type, status, expected }) => {
    const state = sampleState(status, type);
    expect(state.status).toBe(status);
    const [action, context] = sampleAction(type);
    const result = act(state, action, context);
    if ((CASE_STATUSES as readonly string[]).includes(expected)) {
      expect(result.ok, result.ok ? '' : result.code).toBe(true);
      expect(nextOf(result).status).toBe(expected);
    } else {
      expect(result).toEqual({ ok: false, code: expected });
    }
  });

  it('CASE_ACTION_SOURCES and actionsAllowedIn agree with the specification', () => {
    for (const status of COLUMNS) {
      const i = COLUMNS.indexOf(status);
      const allowed = CASE_ACTION_TYPES.filter((t) => (CASE_STATUSES as readonly string[]).includes(MATRIX[t][i]!));
      expect(actionsAllowedIn(status)).toEqual(allowed);
      for (const t of CASE_ACTION_TYPES) expect(CASE_ACTION_SOURCES[t].includes(status)).toBe(allowed.includes(t));
    }
  });

  it('names the actor kind of every action; only the system deems acceptance, only an admin voids', () => {
    for (const t of CASE_ACTION_TYPES) expect(CASE_ACTION_ACTORS[t].length).toBeGreaterThan(0);
    expect(CASE_ACTION_ACTORS.deem_accept).toEqual(['system']);
    expect(CASE_ACTION_ACTORS.void).toEqual(['admin']);
    expect(CASE_ACTION_ACTORS.withdraw).toEqual(['applicant']);
    expect(CASE_ACTION_ACTORS.accept).toEqual(['front_desk']);
    expect(CASE_ACTION_ACTORS.approve).toEqual(['step_worker']);
  });
});

describe('a complete promised case (issue 4, E2E 1)', () => {
  it('submit → correction → resubmit → accept → review → check → approve → deliver, with effects', () => {
    const s1 = nextOf(act(newCaseState(), { type: 'submit' }, ctx(DAY)));
    expect(s1).toMatchObject({ status: 'submitted', submissionCount: 1, receivedOn: DAY });

    const r2 = act(s1, { type: 'request_correction', items: [{ materialKey: 'id-card', problem: '复印件不清晰' }, { materialKey: 'site-plan', problem: '缺少' }] }, ctx(NEXT));
    expect(r2.ok && r2.effects).toEqual([{ type: 'notice', notice: 'correction_notice' }, { type: 'notify_applicant', about: 'correction_requested' }]);
    const s2 = nextOf(r2);
    expect(s2.correctionItems).toHaveLength(2);

    const s3 = nextOf(act(s2, { type: 'resubmit' }, ctx('2026-03-05')));
    expect(s3).toMatchObject({ status: 'submitted', submissionCount: 2, receivedOn: '2026-03-05', correctionItems: null });

    const r4 = act(s3, { type: 'accept' }, ctx('2026-03-06'));
    expect(r4.ok && r4.effects).toEqual([
      { type: 'notice', notice: 'acceptance_notice' }, { type: 'notify_applicant', about: 'accepted' }, { type: 'clock', change: 'started' },
    ]);
    const s4 = nextOf(r4);
    expect(s4).toMatchObject({ status: 'in_review', acceptedOn: '2026-03-06', deemedAccepted: false, stepIndex: 0, stepStartedOn: '2026-03-06', assigneeId: null });
    expect(currentStep(s4, promisedImplementation())?.key).toBe('review');

    const s5 = nextOf(act(s4, { type: 'pass', opinion: '材料齐全', nextAssigneeId: 'u-7' }, ctx('2026-03-09')));
    expect(s5).toMatchObject({ stepIndex: 1, stepStartedOn: '2026-03-09', assigneeId: 'u-7' });
    const s6 = nextOf(act(s5, { type: 'pass', opinion: '同意' }, ctx('2026-03-10')));
    expect(isAtDecisionStep(s6, promisedImplementation())).toBe(true);

    const r7 = act(s6, { type: 'approve', opinion: '准予许可' }, ctx('2026-03-10'));
    expect(r7.ok && r7.effects).toEqual([
      { type: 'notice', notice: 'decision_letter' }, { type: 'issue_result' }, { type: 'notify_applicant', about: 'concluded' }, { type: 'clock', change: 'stopped' },
    ]);
    const s7 = nextOf(r7);
    expect(s7).toMatchObject({ status: 'concluded', outcome: 'approved', concludedOn: '2026-03-10', stepIndex: null });

    const r8 = act(s7, { type: 'record_delivery', method: 'window_pickup' }, ctx('2026-03-11'));
    expect(r8.ok && r8.effects).toEqual([{ type: 'notice', notice: 'delivery_slip' }]);
    expect(nextOf(r8)).toMatchObject({ status: 'delivered', delivery: { method: 'window_pickup', deliveredOn: '2026-03-11' } });
  });

  it('a denial needs a reason and a legal basis and sends the denial letter', () => {
    const s = atStep(2);
    expectCode(act(s, { type: 'deny', opinion: '不予许可', reason: ' ', legalBasis: 'x' }, ctx(NEXT)), 'CASE_REASON_REQUIRED');
    expectCode(act(s, { type: 'deny', opinion: '不予许可', reason: '不符合条件', legalBasis: '' }, ctx(NEXT)), 'CASE_LEGAL_BASIS_REQUIRED');
    const r = act(s, { type: 'deny', opinion: '不予许可', reason: '不符合条件', legalBasis: '第三十五条' }, ctx(NEXT));
    expect(r.ok && r.effects[0]).toEqual({ type: 'notice', notice: 'denial_letter' });
    expect(nextOf(r).outcome).toBe('denied');
  });
});

describe('immediate items at the window (issue 4, E2E 2)', () => {
  const walkIn = () => after(newCaseState(), [[{ type: 'submit' }, ctx(DAY, immediateImplementation())]]);

  it('are accepted and concluded in one sitting', () => {
    const r = act(walkIn(), { type: 'conclude_at_window', outcome: 'approved', opinion: '当场办结' }, ctx(DAY, immediateImplementation()));
    expect(nextOf(r)).toMatchObject({ status: 'concluded', outcome: 'approved', acceptedOn: DAY, concludedOn: DAY, stepIndex: null });
    expect(r.ok && r.effects).toEqual([
      { type: 'notice', notice: 'acceptance_notice' }, { type: 'notice', notice: 'decision_letter' }, { type: 'issue_result' }, { type: 'notify_applicant', about: 'concluded' },
    ]);
  });

  it('only for immediate items, and a denial on the spot still needs its reason and basis', () => {
    expectCode(act(submitted(), { type: 'conclude_at_window', outcome: 'approved', opinion: '' }, ctx(DAY)), 'CASE_NOT_IMMEDIATE');
    expectCode(act(walkIn(), { type: 'conclude_at_window', outcome: 'denied', opinion: '' }, ctx(DAY, immediateImplementation())), 'CASE_REASON_REQUIRED');
    expectCode(act(walkIn(), { type: 'conclude_at_window', outcome: 'denied', opinion: '', reason: '不符合条件' }, ctx(DAY, immediateImplementation())), 'CASE_LEGAL_BASIS_REQUIRED');
  });

  it('applied online, an immediate item is accepted into its one decision step', () => {
    const s = nextOf(act(walkIn(), { type: 'accept' }, ctx(DAY, immediateImplementation())));
    expect(isAtDecisionStep(s, immediateImplementation())).toBe(true);
    expectCode(act(s, { type: 'pass', opinion: '' }, ctx(DAY, immediateImplementation())), 'CASE_AT_DECISION_STEP');
  });
});

describe('art. 32: deemed acceptance after five working days without a correction request', () => {
  // Received Tuesday 29 September 2026: 30 Sep (1), National Day 1–7 Oct, 8 Oct (2), 9 Oct (3), Saturday 10 Oct worked (4), 12 Oct (5).
  const received = () => after(newCaseState(), [[{ type: 'submit' }, ctx('2026-09-29')]]);
  const correction: CaseAction = { type: 'request_correction', items: [{ materialKey: 'id-card', problem: '缺少' }] };

  it('a correction request or rejection is possible up to the fifth working day, not after', () => {
    expect(act(received(), correction, ctx('2026-10-12')).ok).toBe(true);
    expectCode(act(received(), correction, ctx('2026-10-13')), 'CASE_PRE_REVIEW_PERIOD_PASSED');
    expectCode(act(received(), { type: 'reject', reason: 'r', legalBasis: 'b' }, ctx('2026-10-13')), 'CASE_PRE_REVIEW_PERIOD_PASSED');
  });

  it('the system deems the case accepted on the day of receipt once the period is over', () => {
    expectCode(act(received(), { type: 'deem_accept' }, ctx('2026-10-12')), 'CASE_PRE_REVIEW_PERIOD_NOT_OVER');
    const s = nextOf(act(received(), { type: 'deem_accept' }, ctx('2026-10-13')));
    expect(s).toMatchObject({ status: 'in_review', acceptedOn: '2026-09-29', deemedAccepted: true, stepIndex: 0, stepStartedOn: '2026-09-29' });
  });

  it('a late acceptance by the window is dated on the day of receipt too', () => {
    expect(nextOf(act(received(), { type: 'accept' }, ctx('2026-10-14')))).toMatchObject({ acceptedOn: '2026-09-29', deemedAccepted: true });
    expect(nextOf(act(received(), { type: 'accept' }, ctx('2026-10-12')))).toMatchObject({ acceptedOn: '2026-10-12', deemedAccepted: false });
  });

  it('a resubmission after a correction request starts the five days again', () => {
    const s = after(received(), [[correction, ctx('2026-09-30')], [{ type: 'resubmit' }, ctx('2026-10-12')]]);
    expect(act(s, correction, ctx('2026-10-16')).ok).toBe(true); // 13, 14, 15, 16, 19 Oct: still open on the 16th
    expectCode(act(s, correction, ctx('2026-10-20')), 'CASE_PRE_REVIEW_PERIOD_PASSED');
  });
});

describe('acceptance variants', () => {
  it('accept-with-deficiency records the missing materials; approval waits for them, denial does not', () => {
    const s = atStep(2, true);
    expect(s.deficiency).toEqual({ materialKeys: ['site-plan'], promisedBy: '2026-03-10', fulfilledOn: null });
    expectCode(act(s, { type: 'approve', opinion: '' }, ctx(NEXT)), 'CASE_DEFICIENCY_OUTSTANDING');
    expect(act(s, { type: 'deny', opinion: '', reason: '逾期未补交', legalBasis: '承诺书' }, ctx(NEXT)).ok).toBe(true);
    const fulfilled = nextOf(act(s, { type: 'fulfill_deficiency' }, ctx('2026-03-05')));
    expect(fulfilled.deficiency?.fulfilledOn).toBe('2026-03-05');
    expectCode(act(fulfilled, { type: 'fulfill_deficiency' }, ctx('2026-03-05')), 'CASE_NO_DEFICIENCY');
    expect(act(fulfilled, { type: 'approve', opinion: '' }, ctx(NEXT)).ok).toBe(true);
    expectCode(act(atStep(1), { type: 'fulfill_deficiency' }, ctx(NEXT)), 'CASE_NO_DEFICIENCY');
  });

  it.each([
    [{ materialKeys: [], promisedBy: '2026-03-10' }],
    [{ materialKeys: [' '], promisedBy: '2026-03-10' }],
    [{ materialKeys: ['site-plan'], promisedBy: '2026-03-01' }],
    [{ materialKeys: ['site-plan'], promisedBy: '2026-02-30' }],
  ])('refuses a malformed deficiency %j', (deficiency) => {
    expectCode(act(submitted(), { type: 'accept', deficiency }, ctx(DAY)), 'CASE_DEFICIENCY_INVALID');
  });

  it('commitment-based acceptance keeps the signed text, where the item allows it', () => {
    expect(nextOf(act(submitted(), { type: 'accept', commitmentText: '本人承诺符合许可条件' }, ctx(DAY))).commitmentText).toBe('本人承诺符合许可条件');
    expectCode(act(submitted(), { type: 'accept', commitmentText: '  ' }, ctx(DAY)), 'CASE_COMMITMENT_TEXT_REQUIRED');
    const noCommitment = { ...promisedImplementation(), allowsCommitment: false };
    expectCode(act(submitted(), { type: 'accept', commitmentText: '承诺' }, ctx(DAY, noCommitment)), 'CASE_COMMITMENT_NOT_ALLOWED');
  });

  it('refuses to accept into a process without steps or with more than three', () => {
    const none = { ...promisedImplementation(), process: [] };
    const base = promisedImplementation().process;
    const four = { ...promisedImplementation(), process: [...base, { ...base[0]!, key: 'extra' }] };
    expectCode(act(submitted(), { type: 'accept' }, ctx(DAY, none)), 'CASE_PROCESS_INVALID');
    expectCode(act(submitted(), { type: 'accept' }, ctx(DAY, four)), 'CASE_PROCESS_INVALID');
    expectCode(act(submitted(), { type: 'deem_accept' }, ctx(AFTER_PRE_REVIEW, none)), 'CASE_PROCESS_INVALID');
  });

  it('a correction request lists every material with its problem', () => {
    expectCode(act(submitted(), { type: 'request_correction', items: [] }, ctx(DAY)), 'CASE_CORRECTION_ITEMS_REQUIRED');
    expectCode(act(submitted(), { type: 'request_correction', items: [{ materialKey: 'a', problem: '' }] }, ctx(DAY)), 'CASE_CORRECTION_ITEMS_REQUIRED');
  });

  it('a rejection needs a reason and a legal basis', () => {
    expectCode(act(submitted(), { type: 'reject', reason: '', legalBasis: 'b' }, ctx(DAY)), 'CASE_REASON_REQUIRED');
    expectCode(act(submitted(), { type: 'reject', reason: 'r', legalBasis: ' ' }, ctx(DAY)), 'CASE_LEGAL_BASIS_REQUIRED');
    expect(nextOf(act(submitted(), { type: 'reject', reason: 'r', legalBasis: 'b' }, ctx(DAY)))).toMatchObject({ closedOn: DAY, closeReason: 'r' });
  });
});

describe('approval steps', () => {
  it('pass moves one step forward and refuses at the decision step; approve only at the decision step', () => {
    expectCode(act(atStep(2), { type: 'pass', opinion: '' }, ctx(NEXT)), 'CASE_AT_DECISION_STEP');
    expectCode(act(atStep(0), { type: 'approve', opinion: '' }, ctx(NEXT)), 'CASE_NOT_AT_DECISION_STEP');
    expectCode(act(atStep(1), { type: 'deny', opinion: '', reason: 'r', legalBasis: 'b' }, ctx(NEXT)), 'CASE_NOT_AT_DECISION_STEP');
  });

  it.each([
    [2, 0, true], [2, 1, true], [1, 0, true],
    [0, 0, false], [1, 1, false], [1, 2, false], [2, -1, false], [2, 0.5, false],
  ])('from step %i return to step %s → allowed %s', (from, to, ok) => {
    const r = act(atStep(from), { type: 'return', toStep: to, reason: '退回重审' }, ctx('2026-03-04'));
    if (ok) expect(nextOf(r)).toMatchObject({ stepIndex: to, stepStartedOn: '2026-03-04', assigneeId: null, countersign: null });
    else expectCode(r, 'CASE_STEP_RETURN_INVALID');
  });

  it('a return needs a reason', () => {
    expectCode(act(atStep(2), { type: 'return', toStep: 0, reason: '' }, ctx(NEXT)), 'CASE_REASON_REQUIRED');
  });

  it('transfer goes to another colleague', () => {
    expect(nextOf(act(atStep(1), { type: 'transfer', toUserId: 'u-3' }, ctx(NEXT))).assigneeId).toBe('u-3');
    expectCode(act(atStep(1), { type: 'transfer', toUserId: 'u-1' }, ctx(NEXT)), 'CASE_TRANSFER_INVALID');
    expectCode(act(atStep(1), { type: 'transfer', toUserId: '' }, ctx(NEXT)), 'CASE_TRANSFER_INVALID');
  });

  it('countersigning: only where the step has it, every opinion before moving on', () => {
    expectCode(act(atStep(0), { type: 'request_countersign', userIds: ['u-9'] }, ctx(NEXT)), 'CASE_COUNTERSIGN_NOT_ALLOWED');
    expectCode(act(atStep(1), { type: 'request_countersign', userIds: [] }, ctx(NEXT)), 'CASE_COUNTERSIGNERS_REQUIRED');
    expectCode(act(atStep(1), { type: 'request_countersign', userIds: ['u-1'] }, ctx(NEXT)), 'CASE_COUNTERSIGNERS_REQUIRED');
    const asked = after(atStep(1), [[{ type: 'request_countersign', userIds: ['u-8', 'u-9', 'u-9'] }, ctx(NEXT)]]);
    expect(asked.countersign).toEqual({ requested: ['u-8', 'u-9'], opinions: [] });
    expectCode(act(asked, { type: 'request_countersign', userIds: ['u-7'] }, ctx(NEXT)), 'CASE_COUNTERSIGN_PENDING');
    expectCode(act(asked, { type: 'pass', opinion: '' }, ctx(NEXT)), 'CASE_COUNTERSIGN_PENDING');
    expectCode(act(asked, { type: 'countersign', userId: 'u-7', agree: true, opinion: '' }, ctx(NEXT)), 'CASE_COUNTERSIGN_NOT_REQUESTED');
    const one = after(asked, [[{ type: 'countersign', userId: 'u-8', agree: false, opinion: '建议补充检测' }, ctx(NEXT)]]);
    expectCode(act(one, { type: 'countersign', userId: 'u-8', agree: true, opinion: '' }, ctx(NEXT)), 'CASE_COUNTERSIGN_NOT_REQUESTED');
    expectCode(act(one, { type: 'pass', opinion: '' }, ctx(NEXT)), 'CASE_COUNTERSIGN_PENDING');
    const both = after(one, [[{ type: 'countersign', userId: 'u-9', agree: true, opinion: '同意' }, ctx(NEXT)]]);
    expect(both.countersign?.opinions).toHaveLength(2);
    expect(nextOf(act(both, { type: 'pass', opinion: '' }, ctx(NEXT)))).toMatchObject({ stepIndex: 2, countersign: null });
    // A return abandons the countersigning.
    expect(nextOf(act(asked, { type: 'return', toStep: 0, reason: '退回' }, ctx(NEXT))).countersign).toBeNull();
  });

  it('a pending countersign blocks the decision too', () => {
    const decideWithCountersign: CaseImplementation = { ...promisedImplementation(), process: [{ key: 'decide', name: '决定', role: 'approver', limit: { value: 2, unit: 'working_days' }, countersign: true }] };
    const c = (today: string) => ctx(today, decideWithCountersign);
    const s = after(newCaseState(), [[{ type: 'submit' }, c(DAY)], [{ type: 'accept', assigneeId: 'u-1' }, c(DAY)], [{ type: 'request_countersign', userIds: ['u-9'] }, c(DAY)]]);
    expectCode(act(s, { type: 'approve', opinion: '' }, c(DAY)), 'CASE_COUNTERSIGN_PENDING');
    expectCode(act(s, { type: 'deny', opinion: '', reason: 'r', legalBasis: 'b' }, c(DAY)), 'CASE_COUNTERSIGN_PENDING');
  });
});

describe('special procedures and the extension', () => {
  const start: CaseAction = { type: 'start_special_procedure', procedure: 'expert_review', reason: '组织专家评审', plannedEnd: '2026-03-13' };

  it('suspend the clock with a reason and a planned end, and resume it', () => {
    const r = act(atStep(1), start, ctx('2026-03-04'));
    expect(r.ok && r.effects).toEqual([{ type: 'clock', change: 'suspended' }]);
    const s = nextOf(r);
    expect(s.suspensions).toEqual([{ procedure: 'expert_review', reason: '组织专家评审', startedOn: '2026-03-04', plannedEnd: '2026-03-13', endedOn: null }]);
    const back = act(s, { type: 'end_special_procedure' }, ctx('2026-03-09'));
    expect(back.ok && back.effects).toEqual([{ type: 'clock', change: 'resumed' }]);
    expect(nextOf(back)).toMatchObject({ status: 'in_review', stepIndex: 1, suspensions: [{ startedOn: '2026-03-04', endedOn: '2026-03-09' }] });
  });

  it('only procedures the item lists, with a reason and a planned end not in the past', () => {
    expectCode(act(atStep(1), { ...start, procedure: 'hearing' }, ctx('2026-03-04')), 'CASE_SPECIAL_PROCEDURE_NOT_ALLOWED');
    expectCode(act(atStep(1), { ...start, reason: '' }, ctx('2026-03-04')), 'CASE_REASON_REQUIRED');
    expectCode(act(atStep(1), { ...start, plannedEnd: '2026-03-03' }, ctx('2026-03-04')), 'CASE_SPECIAL_PROCEDURE_DATE_INVALID');
    expectCode(act(atStep(1), { ...start, plannedEnd: 'soon' }, ctx('2026-03-04')), 'CASE_SPECIAL_PROCEDURE_DATE_INVALID');
  });

  it('one extension, within the allowance, with a reason told to the applicant', () => {
    const r = act(atStep(1), { type: 'extend', days: 10, reason: '情况复杂' }, ctx('2026-03-04'));
    expect(r.ok && r.effects).toEqual([{ type: 'clock', change: 'extended' }, { type: 'notify_applicant', about: 'extended' }]);
    const s = nextOf(r);
    expect(s.extension).toEqual({ days: 10, reason: '情况复杂', grantedOn: '2026-03-04' });
    expectCode(act(s, { type: 'extend', days: 1, reason: '再延' }, ctx('2026-03-05')), 'CASE_EXTENSION_USED');
    for (const days of [0, -1, 11, 2.5]) expectCode(act(atStep(1), { type: 'extend', days, reason: 'r' }, ctx(NEXT)), 'CASE_EXTENSION_INVALID');
    expectCode(act(atStep(1), { type: 'extend', days: 3, reason: ' ' }, ctx(NEXT)), 'CASE_REASON_REQUIRED');
    expect(act(atStep(1), { type: 'extend', days: 15, reason: '联合办理' }, ctx(NEXT, promisedImplementation(), { extensionAllowance: 15 })).ok).toBe(true);
  });
});

describe('ending a case early', () => {
  it('withdrawal during a special procedure closes the procedure and stops the clock', () => {
    const s = sampleState('suspended', 'withdraw');
    const r = act(s, { type: 'withdraw' }, ctx('2026-03-06'));
    expect(r.ok && r.effects).toEqual([{ type: 'clock', change: 'stopped' }]);
    expect(nextOf(r)).toMatchObject({ status: 'withdrawn', closedOn: '2026-03-06', closeReason: null, stepIndex: null, suspensions: [{ endedOn: '2026-03-06' }] });
  });

  it('withdrawing before acceptance has no clock to stop', () => {
    const r = act(submitted(), { type: 'withdraw', reason: '填错了' }, ctx(DAY));
    expect(r.ok && r.effects).toEqual([]);
  });

  it('voiding needs a reason and tells the applicant', () => {
    expectCode(act(atStep(1), { type: 'void', reason: '' }, ctx(NEXT)), 'CASE_REASON_REQUIRED');
    const r = act(atStep(1), { type: 'void', reason: '重复受理' }, ctx(NEXT));
    expect(r.ok && r.effects).toEqual([{ type: 'clock', change: 'stopped' }, { type: 'notify_applicant', about: 'voided' }]);
    expect(nextOf(r)).toMatchObject({ status: 'voided', closeReason: '重复受理' });
  });

  it('delivery only by a known method', () => {
    expectCode(act(concluded(), { type: 'record_delivery', method: 'pigeon' as 'post' }, ctx(NEXT)), 'CASE_DELIVERY_METHOD_INVALID');
  });
});

describe('properties', () => {
  const statusArb = fc.constantFrom(...CASE_STATUSES);
  const typeArb = fc.constantFrom(...CASE_ACTION_TYPES);

  it('any sequence of actions keeps the invariants, and a refusal never changes the state', () => {
    fc.assert(
      fc.property(statusArb, fc.array(typeArb, { maxLength: 12 }), (status, types) => {
        let state = sampleState(status, 'submit');
        for (const type of types) {
          const [action, context] = sampleAction(type);
          const result = act(state, action, context);
          if (!result.ok) continue;
          state = result.next;
          const n = (type === 'conclude_at_window' ? immediateImplementation() : promisedImplementation()).process.length;
          if (state.status === 'in_review' || state.status === 'suspended') {
            expect(state.acceptedOn).not.toBeNull();
            expect(state.stepIndex).toBeGreaterThanOrEqual(0);
            expect(state.stepIndex).toBeLessThan(n);
          } else {
            expect(state.stepIndex).toBeNull();
          }
          expect(state.suspensions.filter((x) => x.endedOn === null).length).toBe(state.status === 'suspended' ? 1 : 0);
          expect(state.outcome !== null).toBe(state.status === 'concluded' || state.status === 'delivered');
          if (state.countersign) expect(state.countersign.opinions.length).toBeLessThanOrEqual(state.countersign.requested.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the error table', () => {
  it('has a Chinese and an English message and a 400/409 status for every code', () => {
    for (const code of CASE_ERROR_CODES) {
      const entry = CASE_ERRORS[code];
      expect(entry.zh.length).toBeGreaterThan(2);
      expect(entry.en.length).toBeGreaterThan(2);
      expect([400, 409]).toContain(entry.status);
    }
  });

  it('every code in the table is produced by a test above (no dead codes)', () => {
    expect(CASE_ERROR_CODES.filter((c) => !seenCodes.has(c))).toEqual([]);
  });
});
