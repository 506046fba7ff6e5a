/**
 * A licence's status on a China calendar day, from its validity window and what the issuing department did to it.
 * Pure: the caller says which day (verification uses today's China date, `chinaDateOf(new Date())`).
 */
import type { IsoDate } from '../calendar/iso-date.ts';
import { assertIsoDate } from '../calendar/iso-date.ts';

/**
 * - `valid`: in force.
 * - `not_yet_valid`: before `validFrom` (a licence may be issued ahead of its validity).
 * - `expired`: after `validUntil`.
 * - `suspended`: a suspension covers the day (中止/暂扣); lifted, the licence is valid again.
 * - `revoked`: revoked (撤销/吊销/注销) on or before the day; final.
 */
export const LICENCE_STATUSES = ['valid', 'not_yet_valid', 'expired', 'suspended', 'revoked'] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

export interface LicenceSuspension {
  /** First suspended day. */
  from: IsoDate;
  /** The day the suspension was lifted — valid again from that day; null while it lasts. */
  liftedOn: IsoDate | null;
}

export interface LicenceLifecycle {
  validFrom: IsoDate;
  /** Inclusive; null for no end. */
  validUntil: IsoDate | null;
  /** The day the revocation took effect; null when not revoked. */
  revokedOn?: IsoDate | null;
  suspensions?: readonly LicenceSuspension[];
}

/**
 * The status on `date`. When several apply, the strongest wins: revoked, then expired, then not yet valid, then
 * suspended. (A revoked licence stays revoked after its end date; an expired one is expired whatever suspension
 * was still open.) Throws a RangeError for a malformed date.
 */
export function licenceStatusOn(date: IsoDate, lifecycle: LicenceLifecycle): LicenceStatus {
  assertIsoDate(date);
  assertIsoDate(lifecycle.validFrom);
  if (lifecycle.validUntil !== null) assertIsoDate(lifecycle.validUntil);
  if (lifecycle.revokedOn !== null && lifecycle.revokedOn !== undefined) {
    assertIsoDate(lifecycle.revokedOn);
    if (lifecycle.revokedOn <= date) return 'revoked';
  }
  if (lifecycle.validUntil !== null && date > lifecycle.validUntil) return 'expired';
  if (date < lifecycle.validFrom) return 'not_yet_valid';
  for (const suspension of lifecycle.suspensions ?? []) {
    assertIsoDate(suspension.from);
    if (suspension.liftedOn !== null) assertIsoDate(suspension.liftedOn);
    if (isSuspensionInForce(date, suspension)) return 'suspended';
  }
  return 'valid';
}

/** Whether a suspension covers `date`: from its first day until the day it was lifted (exclusive). */
export function isSuspensionInForce(date: IsoDate, suspension: LicenceSuspension): boolean {
  return suspension.from <= date && (suspension.liftedOn === null || date < suspension.liftedOn);
}

/** Whether a licence in this status may satisfy a material (reuse) or be presented as proof: only `valid`. */
export function isLicenceUsable(status: LicenceStatus): boolean {
  return status === 'valid';
}
