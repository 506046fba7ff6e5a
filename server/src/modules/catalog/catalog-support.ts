/**
 * Shared pieces of the catalogue use-cases: the check context of an implementation, its level, and views.
 */
import { checkImplementation, type CheckContext, type ExerciseLevel, type Finding, type ImplementationContent, type ItemTypeCode, type RegionLevel } from '@onetrip/core';
import { AppError } from '../../platform/errors/app-error.ts';
import type { DbOrTx } from '../../platform/db/database.ts';
import { catalogRepository as repo } from './catalog.repository.ts';

/** Exercise level of an implementation from its department's region level. */
export function levelOfRegion(level: RegionLevel): ExerciseLevel {
  switch (level) {
    case 'province': return 2;
    case 'city': return 3;
    case 'county': return 4;
    case 'township': return 5;
    case 'village': return 6;
  }
}

export interface CheckSubject { basicCode: string; typeCode: ItemTypeCode; basicName: string; implementationCode: string; departmentCreditCode: string; level: ExerciseLevel }

export async function checkContextFor(db: DbOrTx, input: CheckSubject): Promise<CheckContext> {
  return checkContextOf(input, await repo.cancelledProofCodes(db));
}

/** The check context when the cancelled proofs are already loaded (reports over many implementations). */
export function checkContextOf(input: CheckSubject, cancelledProofCodes: ReadonlySet<string>): CheckContext {
  return {
    basicItem: { code: input.basicCode, typeCode: input.typeCode, name: input.basicName },
    implementationCode: input.implementationCode,
    departmentCreditCode: input.departmentCreditCode,
    level: input.level,
    // Local items (city and below) are held to the 25 % promised/legal target [003].
    isLocalItem: input.level >= 3,
    cancelledProofCodes,
  };
}

/** Runs the guide checker; a blocking finding refuses the save with every finding attached. */
export function assertConsistent(content: ImplementationContent, ctx: CheckContext): Finding[] {
  const findings = checkImplementation(content, ctx);
  const blocking = findings.filter((f) => f.blocksSave);
  if (blocking.length > 0) {
    throw new AppError('IMPLEMENTATION_INCONSISTENT', {
      fields: blocking.map((f) => ({ path: `/content${f.path}`, code: 'IMPLEMENTATION_INCONSISTENT' as const, messages: f.message })),
      details: { findings: blocking },
    });
  }
  return findings;
}

export type ImplementationRow = {
  id: string; code: string; name: string; basic_code: string; type_code: ItemTypeCode; department_id: string; department_name: string; department_credit_code: string;
  region_code: string; region_name: string; level: ExerciseLevel; inherits_from: string | null; publication_status: 'unpublished' | 'published' | 'suspended' | 'cancelled';
  change_status: 'none' | 'draft' | 'submitted'; current_version: number | null; status_reason: string | null; review_comment: string | null; updated_at: Date;
  draft_revision: number; basic_name: string;
};

export function toSummaryView(r: ImplementationRow) {
  return {
    id: r.id, code: r.code, name: r.name, basicCode: r.basic_code, typeCode: r.type_code, departmentId: r.department_id, departmentName: r.department_name,
    regionCode: r.region_code, regionName: r.region_name, level: r.level, inheritsFrom: r.inherits_from, publicationStatus: r.publication_status,
    changeStatus: r.change_status, currentVersion: r.current_version, statusReason: r.status_reason, reviewComment: r.review_comment, updatedAt: r.updated_at.toISOString(),
  };
}
