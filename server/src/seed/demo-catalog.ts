/**
 * The demo service-item catalogue of Chifeng (赤峰市, 150400): basic catalogue items, the proof catalogue (减证便民),
 * and the departments' implementation lists (实施清单). Content is written for this project — legal bases cite real
 * laws and regulations; phones, windows and local rules are those of the demo city.
 *
 * Content lives by domain under ./demo-catalog/; this module defines the shapes and puts the lists together.
 */
import type { ExerciseLevel, ImplementationContent, ItemTypeCode, ProofCancellationReason } from '@onetrip/core';
import { CONSTRUCTION_BASIC_ITEMS, CONSTRUCTION_IMPLEMENTATIONS, CONSTRUCTION_STAGES } from './demo-catalog/construction.ts';
import { MARKET_BASIC_ITEMS, MARKET_IMPLEMENTATIONS } from './demo-catalog/market.ts';
import { PEOPLE_BASIC_ITEMS, PEOPLE_IMPLEMENTATIONS } from './demo-catalog/people.ts';
import { PROOFS } from './demo-catalog/proofs.ts';
import { SECTOR_BASIC_ITEMS, SECTOR_IMPLEMENTATIONS } from './demo-catalog/sectors.ts';

export interface DemoBasicItem {
  code: string;
  typeCode: ItemTypeCode;
  name: string;
  /** The main item this is a sub-item of (主项/子项), or null for a main item. */
  parentCode: string | null;
  legalBasis: string;
  level: ExerciseLevel;
}

export interface DemoProof {
  code: string;
  name: string;
  issuer: string;
  status: 'kept' | 'cancelled';
  reason?: ProofCancellationReason;
  note: string;
}

export interface DemoImplementation {
  basicCode: string;
  departmentKey: string;
  level: ExerciseLevel;
  /** A district implementation of a city-distributed item: only the local elements differ from the city's. */
  inheritsFrom?: { departmentKey: string };
  content: ImplementationContent;
}

export const DEMO_BASIC_ITEMS: DemoBasicItem[] = [...MARKET_BASIC_ITEMS, ...CONSTRUCTION_BASIC_ITEMS, ...PEOPLE_BASIC_ITEMS, ...SECTOR_BASIC_ITEMS];

export const DEMO_PROOFS: DemoProof[] = PROOFS;

/** City implementations come before the district implementations that inherit from them. */
export const DEMO_IMPLEMENTATIONS: DemoImplementation[] = [
  ...MARKET_IMPLEMENTATIONS, ...CONSTRUCTION_IMPLEMENTATIONS, ...PEOPLE_IMPLEMENTATIONS, ...SECTOR_IMPLEMENTATIONS,
];

/** The four stages of investment and construction project approval (并联审批) and the basic items of each stage. */
export const DEMO_PROJECT_STAGES: { stage: string; basicCodes: string[] }[] = CONSTRUCTION_STAGES;
