import { describe, expect, it } from 'vitest';
import { draftIssues, monthGrid, parseHolidayCn, setYearInputOf, sortDraft, type DraftDay } from './calendar-draft.ts';

describe('monthGrid', () => {
  it('lays out October 2026 from Monday: the 1st is a Thursday', () => {
    const rows = monthGrid(2026, 10);
    expect(rows[0]).toEqual([null, null, null, '2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04']);
    expect(rows.flat().filter(Boolean)).toHaveLength(31);
    expect(rows.every((r) => r.length === 7)).toBe(true);
  });
  it('handles February in a leap year', () => {
    expect(monthGrid(2028, 2).flat().filter(Boolean).at(-1)).toBe('2028-02-29');
  });
});

describe('setYearInputOf', () => {
  const days: DraftDay[] = sortDraft([
    { date: '2027-02-20', kind: 'adjusted_working_day', name: '' },
    { date: '2027-01-01', kind: 'holiday', name: ' 元旦 ' },
    { date: '2027-02-06', kind: 'holiday', name: '春节' },
  ]);
  it('splits the draft into holidays and adjusted working days and maps server paths back to rows', () => {
    const { input, rowOfPath } = setYearInputOf(days, '  ');
    expect(input).toEqual({
      holidays: [{ date: '2027-01-01', name: '元旦' }, { date: '2027-02-06', name: '春节' }],
      adjustedWorkingDays: [{ date: '2027-02-20', name: null }],
      note: null,
    });
    expect(rowOfPath('/adjustedWorkingDays/0/date')).toBe(2);
    expect(rowOfPath('/holidays/1/name')).toBe(1);
    expect(rowOfPath('/note')).toBeNull();
  });
  it('finds the same problems as the server before sending', () => {
    expect(draftIssues(2027, [...days, { date: '2027-01-04', kind: 'adjusted_working_day', name: '' }])).toEqual([
      { index: 3, field: 'date', code: 'ADJUSTED_DAY_NOT_WEEKEND' },
    ]);
  });
});

describe('parseHolidayCn', () => {
  it('reads a holiday-cn file', () => {
    const text = JSON.stringify({ year: 2027, papers: ['https://www.gov.cn/x'], days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] });
    expect(parseHolidayCn(text)).toEqual({ ok: true, file: { year: 2027, papers: ['https://www.gov.cn/x'], days: [{ name: '元旦', date: '2027-01-01', isOffDay: true }] } });
  });
  it.each([['not json', 'json'], ['[1]', 'shape'], ['{"year":"2027","days":[]}', 'shape'], ['{"year":2027,"days":[{"name":"元旦","date":"2027-01-01"}]}', 'shape']])('refuses %s', (text, reason) => {
    expect(parseHolidayCn(text)).toEqual({ ok: false, reason });
  });
});
