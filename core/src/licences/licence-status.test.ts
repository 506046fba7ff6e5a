import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayNumberOf, isoDateOfDayNumber } from '../calendar/iso-date.ts';
import { isLicenceUsable, LICENCE_STATUSES, licenceStatusOn, type LicenceLifecycle, type LicenceStatus } from './licence-status.ts';

const FIVE_YEARS: LicenceLifecycle = { validFrom: '2026-11-23', validUntil: '2031-11-22' };

describe('licence status on a day', () => {
  it.each<[string, string, LicenceLifecycle, LicenceStatus]>([
    ['first day of validity', '2026-11-23', FIVE_YEARS, 'valid'],
    ['last day of validity (inclusive)', '2031-11-22', FIVE_YEARS, 'valid'],
    ['the day after the end', '2031-11-23', FIVE_YEARS, 'expired'],
    ['the day before it starts', '2026-11-22', FIVE_YEARS, 'not_yet_valid'],
    ['no end date, far future', '2099-12-31', { validFrom: '2026-11-23', validUntil: null }, 'valid'],
    ['revoked that day', '2027-03-01', { ...FIVE_YEARS, revokedOn: '2027-03-01' }, 'revoked'],
    ['the day before the revocation', '2027-02-28', { ...FIVE_YEARS, revokedOn: '2027-03-01' }, 'valid'],
    ['revoked, and later past its end', '2040-01-01', { ...FIVE_YEARS, revokedOn: '2027-03-01' }, 'revoked'],
    ['revoked beats suspended', '2027-03-05', { ...FIVE_YEARS, revokedOn: '2027-03-02', suspensions: [{ from: '2027-03-01', liftedOn: null }] }, 'revoked'],
    ['suspension open', '2027-03-05', { ...FIVE_YEARS, suspensions: [{ from: '2027-03-01', liftedOn: null }] }, 'suspended'],
    ['first day of the suspension', '2027-03-01', { ...FIVE_YEARS, suspensions: [{ from: '2027-03-01', liftedOn: '2027-04-01' }] }, 'suspended'],
    ['day before the suspension was lifted', '2027-03-31', { ...FIVE_YEARS, suspensions: [{ from: '2027-03-01', liftedOn: '2027-04-01' }] }, 'suspended'],
    ['the day it was lifted', '2027-04-01', { ...FIVE_YEARS, suspensions: [{ from: '2027-03-01', liftedOn: '2027-04-01' }] }, 'valid'],
    ['between two suspensions', '2027-05-01', { ...FIVE_YEARS, suspensions: [{ from: '2027-03-01', liftedOn: '2027-04-01' }, { from: '2027-06-01', liftedOn: null }] }, 'valid'],
    ['in the second suspension', '2027-06-02', { ...FIVE_YEARS, suspensions: [{ from: '2027-03-01', liftedOn: '2027-04-01' }, { from: '2027-06-01', liftedOn: null }] }, 'suspended'],
    ['expired beats an open suspension', '2031-11-23', { ...FIVE_YEARS, suspensions: [{ from: '2031-01-01', liftedOn: null }] }, 'expired'],
    ['revocation recorded as null', '2027-01-01', { ...FIVE_YEARS, revokedOn: null }, 'valid'],
  ])('%s (%s) → %s', (_, date, lifecycle, status) => {
    expect(licenceStatusOn(date, lifecycle)).toBe(status);
  });

  it('refuses malformed dates', () => {
    expect(() => licenceStatusOn('2027-02-30', FIVE_YEARS)).toThrow(RangeError);
    expect(() => licenceStatusOn('2027-01-01', { ...FIVE_YEARS, revokedOn: '2027/01/01' })).toThrow(RangeError);
    expect(() => licenceStatusOn('2027-01-01', { ...FIVE_YEARS, suspensions: [{ from: 'soon', liftedOn: null }] })).toThrow(RangeError);
  });

  it('only a valid licence is usable', () => {
    expect(LICENCE_STATUSES.filter(isLicenceUsable)).toEqual(['valid']);
  });

  it('once revoked, stays revoked on every later day; without events, valid exactly inside the window', () => {
    const day = fc.integer({ min: dayNumberOf('2020-01-01'), max: dayNumberOf('2040-12-31') }).map(isoDateOfDayNumber);
    fc.assert(
      fc.property(day, day, day, day, (a, b, revokedOn, on) => {
        const [validFrom, validUntil] = a <= b ? [a, b] : [b, a];
        const plain = licenceStatusOn(on, { validFrom, validUntil });
        expect(plain === 'valid').toBe(validFrom <= on && on <= validUntil);
        const revoked = licenceStatusOn(on, { validFrom, validUntil, revokedOn });
        expect(revoked === 'revoked').toBe(revokedOn <= on);
        if (revokedOn > on) expect(revoked).toBe(plain);
      }),
    );
  });
});
