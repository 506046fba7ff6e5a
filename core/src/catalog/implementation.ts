/**
 * The implementation (实施清单) document: every element of an item as one department implements it in one region.
 * This is the versioned content; identity (codes, department, region) and lifecycle live beside it.
 * Element names follow the national exchange tables (shared/STANDARDS.md).
 */
import type {
  Audience, CaseKind, Channel, CrossRegionScope, LimitUnit, MaterialForm, MaterialKind, MaterialNecessity, MaterialSource,
  OnlineDepth, ResultType, SpecialProcedure, StepRole, Theme,
} from './catalog-codes.ts';

export interface TimeLimit {
  value: number;
  unit: LimitUnit;
  note?: string;
}

export interface Material {
  /** Stable key within the implementation (e.g. "business-license"); cases refer to materials by it. */
  key: string;
  name: string;
  kind: MaterialKind;
  form: MaterialForm;
  necessity: MaterialNecessity;
  /** When necessity is 'conditional': in which situation it is needed. */
  condition?: string;
  paperCopies: number;
  paperSize?: string;
  source: MaterialSource;
  sourceNote?: string;
  fillingInstructions?: string;
  /** Storage keys of downloadable files. */
  blankFormFile?: string | null;
  sampleFile?: string | null;
  acceptanceStandard?: string;
  /** Legal basis for requiring the material ("every required material names its basis"). */
  legalBasis: string | null;
  remarks?: string;
  commonMistakes?: string[];
  /**
   * A proof (证明材料) issued by some authority about the applicant. Proofs are listed in the proof catalogue
   * (减证便民) under `proofCode`, where each is kept or cancelled; a cancelled proof can never be required again.
   */
  proofCode?: string | null;
  /** The material is satisfied by a valid e-licence of this type (GB/T 36904 type code) instead of an upload. */
  satisfiedByLicenseType?: string | null;
}

export interface Fee {
  item: string;
  standard: string;
  basis: string;
  reducible: boolean;
  reductionBasis?: string;
}

export interface ProcessStep {
  key: string;
  name: string;
  role: StepRole;
  limit: TimeLimit;
  /** Countersigning (会签) inside the step. */
  countersign?: boolean;
  /** Review rules for this step (审查工作细则). */
  reviewRules?: string;
}

export interface ItemResult {
  name: string;
  type: ResultType;
  sampleFile?: string | null;
  /** For results of type 'license': the licence type it produces (licences issue). */
  licenseTypeCode?: string | null;
}

export interface FaqEntry {
  question: string;
  answer: string;
}

/** A form field's UI hint; `showWhen` makes the field conditional on another field's value. */
export interface FormFieldUi {
  widget?: 'input' | 'textarea' | 'number' | 'select' | 'radio' | 'checkbox' | 'date' | 'id_number' | 'credit_code' | 'phone' | 'region' | 'address';
  placeholder?: string;
  help?: string;
  /** Fill from the applicant's account: name, idNumber, creditCode, phone, legalRepresentative. */
  prefill?: 'name' | 'idNumber' | 'creditCode' | 'phone' | 'legalRepresentative';
  showWhen?: { field: string; equals: string | number | boolean };
}

/**
 * The application form: a JSON Schema (object with properties; `if/then` for conditional requirements) that
 * browser and server both validate with, plus UI hints. Field titles come from the schema's `title`.
 */
export interface ApplicationForm {
  schema: {
    type: 'object';
    properties: Record<string, Record<string, unknown> & { title?: string }>;
    required?: string[];
    allOf?: Record<string, unknown>[];
    [keyword: string]: unknown;
  };
  ui: {
    order: string[];
    fields: Record<string, FormFieldUi>;
  };
}

export interface ImplementationContent {
  name: string;
  /** Local element of a distributed item; null means "as the basic catalogue item". */
  legalBasis: string;
  conditions: string[];
  materials: Material[];
  fees: Fee[];
  legalLimit: TimeLimit;
  promisedLimit: TimeLimit;
  caseKind: CaseKind;
  process: ProcessStep[];
  specialProcedures: SpecialProcedure[];
  result: ItemResult;
  onlineDepth: OnlineDepth;
  tripsToSite: number;
  /** Why an on-site visit is needed (required when tripsToSite > 0). */
  visitReason: string | null;
  channels: Channel[];
  crossRegionScope: CrossRegionScope;
  audiences: Audience[];
  themes: Theme[];
  place: string;
  officeHours: string;
  consultationPhone: string;
  complaintPhone: string;
  faq: FaqEntry[];
  form: ApplicationForm;
  /** Commitment-based approval (告知承诺) is allowed for this item. */
  allowsCommitment?: boolean;
  quantityLimit?: string;
  intermediaryServices?: string[];
  jointDepartments?: string[];
}

/** Ids of the downloadable files (blank forms and samples) a guide refers to, each once, in document order. */
export function referencedFileIds(content: Pick<ImplementationContent, 'materials' | 'result'>): string[] {
  const ids = new Set<string>();
  for (const m of content.materials) {
    if (m.blankFormFile) ids.add(m.blankFormFile);
    if (m.sampleFile) ids.add(m.sampleFile);
  }
  if (content.result.sampleFile) ids.add(content.result.sampleFile);
  return [...ids];
}
