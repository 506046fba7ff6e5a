import { describe, expect, it } from 'vitest';
import { buildCreditCode, computeResidentIdCheck } from '@onetrip/core';
import { canConcludeAtWindow, concludeProblems, identifierKind, intakeStepOf } from './front-desk.ts';

const first17 = '15040219860312013';
const idNumber = first17 + computeResidentIdCheck(first17);
const creditCode = buildCreditCode('9', '1', '150402', 'MA0N1P2Q');

describe('identifierKind', () => {
  it.each([
    [idNumber, 'person'],
    [` ${idNumber.toLowerCase()} `, 'person'],
    [creditCode, 'enterprise'],
    [idNumber.slice(0, 17) + (idNumber.endsWith('0') ? '1' : '0'), null],
    ['13904760001', null],
    ['', null],
  ])('%s → %s', (input, expected) => {
    expect(identifierKind(input)).toBe(expected);
  });
});

describe('intakeStepOf', () => {
  it.each([
    [{ applicantId: null, caseId: null, caseStatus: null }, 'applicant'],
    [{ applicantId: 'a', caseId: null, caseStatus: null }, 'item'],
    [{ applicantId: 'a', caseId: 'c', caseStatus: null }, 'form'],
    [{ applicantId: 'a', caseId: 'c', caseStatus: 'draft' }, 'form'],
    [{ applicantId: 'a', caseId: 'c', caseStatus: 'submitted' }, 'done'],
    [{ applicantId: 'a', caseId: 'c', caseStatus: 'delivered' }, 'done'],
  ] as const)('%j → %s', (state, expected) => {
    expect(intakeStepOf(state)).toBe(expected);
  });
});

describe('canConcludeAtWindow', () => {
  it('is for a clerk, an immediate item, a submitted case', () => {
    expect(canConcludeAtWindow({ caseKind: 'immediate', status: 'submitted', isClerk: true })).toBe(true);
    expect(canConcludeAtWindow({ caseKind: 'promised', status: 'submitted', isClerk: true })).toBe(false);
    expect(canConcludeAtWindow({ caseKind: 'immediate', status: 'concluded', isClerk: true })).toBe(false);
    expect(canConcludeAtWindow({ caseKind: 'immediate', status: 'submitted', isClerk: false })).toBe(false);
  });
});

describe('concludeProblems', () => {
  it('asks a denial for reason and legal basis', () => {
    expect(concludeProblems({ outcome: 'approved', reason: '', legalBasis: '' })).toEqual([]);
    expect(concludeProblems({ outcome: 'denied', reason: ' ', legalBasis: '' })).toEqual(['reason', 'legalBasis']);
    expect(concludeProblems({ outcome: 'denied', reason: '不符合条件', legalBasis: '' })).toEqual(['legalBasis']);
    expect(concludeProblems({ outcome: 'denied', reason: '不符合条件', legalBasis: '《社会保险法》' })).toEqual([]);
  });
});
