/** Table types for Kysely. Keep in step with migrations/. */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { LicenceFieldsSchema, LicenceValidity } from '@onetrip/core';
import type { CaseNotice, CaseState, CaseStatus, ExerciseLevel, ImplementationContent, ItemTypeCode, ProofCancellationReason, StaffRole } from '@onetrip/core';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface RegionTable {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county' | 'township' | 'village';
  kind: string;
  parent_code: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface DepartmentTable {
  id: Generated<string>;
  name: string;
  short_name: string | null;
  credit_code: string;
  region_code: string;
  kind: 'department' | 'service_center';
  phone: string | null;
  address: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface HallTable {
  id: Generated<string>;
  name: string;
  region_code: string;
  address: string;
  opening_hours: string;
  phone: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type WindowKind = 'comprehensive' | 'enterprise' | 'project' | 'special' | 'consultation' | 'delivery';

export interface WindowTable {
  id: Generated<string>;
  hall_id: string;
  number: string;
  name: string;
  kind: WindowKind;
  department_id: string | null;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface StaffUserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  password_hash: string;
  roles: StaffRole[];
  region_code: string;
  department_id: string | null;
  phone_enc: string | null;
  phone_masked: string | null;
  active: Generated<boolean>;
  failed_login_count: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  password_changed_at: Timestamp;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ApplicantTable {
  id: Generated<string>;
  kind: 'person' | 'enterprise';
  name: string;
  id_number_enc: string | null;
  id_number_hash: string | null;
  id_number_masked: string | null;
  credit_code: string | null;
  legal_representative: string | null;
  phone_enc: string;
  phone_hash: string;
  phone_masked: string;
  region_code: string | null;
  /** Null for a walk-in registered at the window until they claim the account (0011-window-filing.ts). */
  password_hash: string | null;
  /** The clerk or agent who checked the ID card of a walk-in applicant, and when (0011-window-filing.ts). */
  verified_by_staff_id: Generated<string | null>;
  verified_at: Generated<Date | null>;
  active: Generated<boolean>;
  failed_login_count: Generated<number>;
  locked_until: Date | null;
  last_login_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface EnterpriseOperatorTable {
  enterprise_id: string;
  person_id: string;
  granted_at: Timestamp;
  revoked_at: Date | null;
}

export interface SessionTable {
  id: Generated<string>;
  token_hash: string;
  principal_kind: 'staff' | 'applicant';
  principal_id: string;
  transport: 'cookie' | 'bearer';
  csrf_token: string;
  client_ip: string | null;
  user_agent: string | null;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Date;
  revoked_at: Date | null;
}

export interface AuditEventTable {
  id: Generated<string>;
  occurred_at: ColumnType<Date, Date | string, never>;
  actor_kind: 'staff' | 'applicant' | 'system' | 'anonymous';
  actor_id: string | null;
  actor_name: string | null;
  actor_role: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  summary: ColumnType<Record<string, unknown>, string, never>;
  request_id: string | null;
  client_ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface SystemSettingTable {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
}

export interface BasicItemTable {
  code: string;
  type_code: ItemTypeCode;
  name: string;
  parent_code: string | null;
  legal_basis: string;
  level: ExerciseLevel;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type PublicationStatus = 'unpublished' | 'published' | 'suspended' | 'cancelled';
export type ChangeStatus = 'none' | 'draft' | 'submitted';

export interface ImplementationTable {
  id: Generated<string>;
  code: string;
  basic_code: string;
  department_id: string;
  region_code: string;
  level: ExerciseLevel;
  inherits_from: string | null;
  publication_status: Generated<PublicationStatus>;
  status_reason: string | null;
  change_status: Generated<ChangeStatus>;
  draft_content: ColumnType<ImplementationContent | null, string | null, string | null>;
  draft_revision: Generated<number>;
  review_comment: string | null;
  current_version: number | null;
  name: string;
  /** Maintained by the catalogue's search index; never written from user input. */
  search_vector: ColumnType<string | null, never, never>;
  /** Set by a trigger when anything public search shows changes (migration 0006). */
  search_updated_at: ColumnType<Date, never, never>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ImplementationVersionTable {
  implementation_id: string;
  version: number;
  content: ColumnType<ImplementationContent, string, never>;
  content_hash: string;
  published_at: CreatedAt;
  published_by: string | null;
}

export interface ProofTable {
  code: string;
  name: string;
  issuer: string;
  status: 'kept' | 'cancelled';
  reason: ProofCancellationReason | null;
  note: Generated<string>;
  cancelled_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface CatalogFileTable {
  id: Generated<string>;
  storage_key: string;
  file_name: string;
  media_type: string;
  size: number;
  uploaded_by: string | null;
  department_id: string | null;
  created_at: CreatedAt;
}

export type CatalogImportStatus = 'queued' | 'validating' | 'importing' | 'succeeded' | 'failed';

/** One row of an import's error report; `row` is the spreadsheet's own row number (1 = header). */
export interface CatalogImportRowError {
  sheet: string;
  row: number | null;
  column: string | null;
  cell: string | null;
  code: string;
  message: { zh: string; en: string };
}

export interface CatalogImportTable {
  id: Generated<string>;
  status: Generated<CatalogImportStatus>;
  file_name: string;
  file_sha256: string;
  file_size: number;
  file_bytes: Buffer;
  idempotency_key: string | null;
  created_by: string;
  created_by_name: string;
  region_code: string;
  department_id: string | null;
  request_id: string | null;
  client_ip: string | null;
  total_rows: Generated<number>;
  processed_rows: Generated<number>;
  item_count: Generated<number>;
  created_count: Generated<number>;
  error_count: Generated<number>;
  errors: ColumnType<CatalogImportRowError[], string | undefined, string>;
  created_implementations: ColumnType<{ id: string; code: string; name: string }[], string | undefined, string>;
  created_at: CreatedAt;
  started_at: Date | null;
  finished_at: Date | null;
  updated_at: Timestamp;
}

export type CalendarSource = 'chinese-days' | 'holiday-cn' | 'manual';

/** One year's announced arrangement; days not listed in calendar_days follow Monday–Friday. */
export interface CalendarYearTable {
  year: number;
  announced: Generated<boolean>;
  source: CalendarSource;
  note: string | null;
  papers: ColumnType<string[], string | undefined, string>;
  updated_by: string | null;
  updated_by_name: string | null;
  updated_at: Timestamp;
}

/** A holiday or adjusted working day; `date` is read as a 'YYYY-MM-DD' string (see database.ts), `year` is the arrangement's. */
export interface CalendarDayTable {
  date: string;
  year: number;
  kind: 'holiday' | 'adjusted_working_day';
  name: string | null;
  source: CalendarSource;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface IdempotencyKeyTable {
  principal_kind: 'staff' | 'applicant';
  principal_id: string;
  key: string;
  route: string;
  request_hash: string;
  status: 'in_progress' | 'completed';
  response_status: number | null;
  response_body: ColumnType<unknown, string | null, string | null>;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface NotificationTable {
  id: Generated<string>;
  recipient_kind: 'staff' | 'applicant';
  recipient_id: string;
  template: string;
  params: ColumnType<Record<string, string>, string, string>;
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  link: string | null;
  read_at: Date | null;
  created_at: CreatedAt;
}

export type OutboundChannel = 'sms' | 'email';
export type OutboundStatus = 'queued' | 'sending' | 'sent' | 'failed';

export interface OutboundMessageTable {
  id: Generated<string>;
  notification_id: string | null;
  channel: OutboundChannel;
  provider: string;
  recipient_enc: string;
  recipient_masked: string;
  template: string;
  template_code: string;
  params: ColumnType<Record<string, string>, string, string>;
  status: Generated<OutboundStatus>;
  attempts: Generated<number>;
  provider_message_id: string | null;
  last_error: string | null;
  delivery_status: 'delivered' | 'undelivered' | null;
  delivery_reported_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  sent_at: Date | null;
  /** The case, region and department the message is about (the administrators' list is scoped by them; 0012). */
  case_id: Generated<string | null>;
  region_code: Generated<string | null>;
  department_id: Generated<string | null>;
}

/** A deadline warning given once per case and receipt (0012-case-jobs-and-outbox-scope.ts). */
export interface CaseDeadlineWarningTable {
  case_id: string;
  kind: 'pre_review';
  due_for: string;
  created_at: CreatedAt;
}

export type CaseChannel = 'online' | 'window' | 'agent' | 'kiosk';

/** A case (办件); `state` is core's CaseState, the other status columns are projections of it (see 0009-cases.ts). */
export interface CaseTable {
  id: Generated<string>;
  case_number: string | null;
  implementation_id: string;
  implementation_version: number;
  implementation_code: string;
  item_name: string;
  applicant_id: string;
  channel: CaseChannel;
  filed_by_staff_id: string | null;
  agent_id: string | null;
  status: CaseStatus;
  state: ColumnType<CaseState, string, string>;
  /** SM4-GCM ciphertext of the form data's JSON (personal data). */
  form_data_enc: string;
  /** 'YYYY-MM-DD' (date columns are read as text, see database.ts). */
  received_on: string | null;
  accepted_on: string | null;
  pre_review_deadline: string | null;
  promised_deadline: string | null;
  legal_deadline: string | null;
  department_id: string;
  region_code: string;
  hall_id: string | null;
  submitted_at: Date | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
  /** Chosen at application (0010-case-approval.ts). */
  delivery_method: 'window_pickup' | 'post' | 'electronic';
}

/** A notice of a case as a stored PDF (0010-case-approval.ts): pending until rendered after commit. */
export interface CaseDocumentTable {
  id: Generated<string>;
  case_id: string;
  kind: CaseNotice;
  status: 'pending' | 'ready';
  storage_key: string | null;
  size: number | null;
  data: ColumnType<Record<string, unknown>, string, string>;
  render_attempts: Generated<number>;
  last_error: string | null;
  created_at: CreatedAt;
  rendered_at: Date | null;
}

export interface CaseAttachmentTable {
  id: Generated<string>;
  case_id: string;
  material_key: string;
  file_name: string;
  media_type: string;
  size: number;
  /** Null when the material is satisfied by a licence the platform holds (`licence_id`, 0015-licences.ts). */
  storage_key: string | null;
  uploaded_by_kind: 'applicant' | 'staff';
  uploaded_by_id: string;
  reused_from_attachment_id: string | null;
  /** A licence of the applicant that satisfies the material instead of an upload (0015-licences.ts). */
  licence_id: string | null;
  created_at: CreatedAt;
}

export interface CaseEventTable {
  id: Generated<string>;
  case_id: string;
  action: string;
  actor_kind: 'applicant' | 'staff' | 'system';
  actor_id: string | null;
  actor_name: string | null;
  unit_name: string | null;
  step_key: string | null;
  opinion: string | null;
  note: string | null;
  details: ColumnType<Record<string, unknown>, string | undefined, never>;
  at: CreatedAt;
}

export interface CaseNumberCounterTable {
  implementation_code: string;
  day: string;
  last_value: number;
}

// ── Electronic licences (0015-licences.ts, docs/licences.md) ──

export interface SigningKeyTable {
  id: string;
  /** `department:<id>` or `platform-root`. */
  owner: string;
  algorithm: Generated<'SM2'>;
  public_key_hex: string;
  wrapped_private_key: string;
  created_at: CreatedAt;
}


/** A licence type's PDF layout: the title printed, orientation, and which fields appear in which order. */
export interface LicenceLayout {
  title: string;
  orientation: 'portrait' | 'landscape';
  /** Field names of `fields_schema` in print order; fields not listed are not printed. */
  fieldOrder: string[];
  /** Border/accent colour, e.g. '#b8860b'. */
  accentColor: string;
  footnote: string | null;
}

export interface LicenceTypeTable {
  id: Generated<string>;
  code: string;
  name: string;
  defining_authority_name: string;
  holder_kind: 'person' | 'enterprise' | 'any';
  /** JSON Schema (object with scalar properties) of the licence's own fields (照面信息). */
  fields_schema: ColumnType<LicenceFieldsSchema, string, string>;
  /** Years or months from the issue date, or no end (长期). */
  validity: ColumnType<LicenceValidity, string, string>;
  layout: ColumnType<LicenceLayout, string, string>;
  producing_implementation_codes: ColumnType<string[], string[] | undefined, string[]>;
  active: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface LicenceTypeIssuerTable {
  licence_type_id: string;
  department_id: string;
}

export interface SealTable {
  id: Generated<string>;
  seal_code: string;
  department_id: string;
  name: string;
  seal_type: 'licence' | 'official';
  signing_key_id: string;
  valid_from: Date;
  valid_until: Date;
  picture_svg: string;
  /** The GB/T 38540 seal information the root key signed (canonical JSON of it is the signed bytes). */
  seal_info: ColumnType<Record<string, unknown>, string, never>;
  root_key_id: string;
  root_signature: Buffer;
  status: Generated<'active' | 'retired' | 'revoked'>;
  retired_at: Date | null;
  replaced_by: string | null;
  revoked_at: Date | null;
  revocation_reason: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface LicenceTable {
  id: Generated<string>;
  identifier: string;
  licence_type_id: string;
  issuer_department_id: string;
  region_code: string;
  seal_id: string;
  serial: string;
  holder_applicant_id: string | null;
  holder_kind: 'person' | 'enterprise';
  holder_name: string;
  holder_code_enc: string;
  holder_code_hash: string;
  holder_code_masked: string;
  /** LicenceMetadata with `holder.code` set to '' (the code is only kept encrypted); see licence-records.ts. */
  metadata: ColumnType<Record<string, unknown>, string, never>;
  signature: Buffer;
  vc_created_at: Date;
  vc_signature: Buffer;
  /** 'YYYY-MM-DD' */
  issue_date: string;
  valid_from: string;
  valid_until: string | null;
  status_list_id: number;
  status_list_index: number;
  source: 'case' | 'stock_import';
  case_id: string | null;
  import_id: string | null;
  pdf_storage_key: string | null;
  revoked_on: string | null;
  revoked_at: Date | null;
  revocation_reason: string | null;
  revoked_by: string | null;
  created_at: CreatedAt;
}

export interface LicenceSuspensionTable {
  id: Generated<string>;
  licence_id: string;
  from_date: string;
  reason: string;
  suspended_by: string | null;
  created_at: CreatedAt;
  lifted_on: string | null;
  lifted_by: string | null;
  lifted_at: Date | null;
}

export interface CaseLicenceResultTable {
  case_id: string;
  licence_type_code: string | null;
  licence_id: string | null;
  not_issued_reason: string | null;
  department_id: string;
  region_code: string;
  approved_on: string;
  created_at: CreatedAt;
}

export interface LicenceShareTable {
  id: Generated<string>;
  licence_id: string;
  token_hash: string;
  created_by_applicant_id: string;
  expires_at: Date;
  revoked_at: Date | null;
  view_count: Generated<number>;
  last_viewed_at: Date | null;
  created_at: CreatedAt;
}

export interface LicenceImportError {
  /** 1-based row number in the file (the header is row 1). */
  row: number;
  column: string | null;
  code: string;
  message: string;
}

export interface LicenceImportTable {
  id: Generated<string>;
  licence_type_id: string;
  department_id: string;
  file_name: string;
  status: 'running' | 'completed' | 'failed';
  total_rows: Generated<number>;
  processed_rows: Generated<number>;
  imported_count: Generated<number>;
  errors: ColumnType<LicenceImportError[], string | undefined, string>;
  created_by: string;
  created_at: CreatedAt;
  finished_at: Date | null;
  /** Touched while the import runs (migration 0017); a `running` import whose heartbeat stopped was cut off. */
  heartbeat_at: Generated<Date>;
}

export interface Database {
  cases: CaseTable;
  case_attachments: CaseAttachmentTable;
  case_events: CaseEventTable;
  case_number_counters: CaseNumberCounterTable;
  case_documents: CaseDocumentTable;
  case_deadline_warnings: CaseDeadlineWarningTable;
  idempotency_keys: IdempotencyKeyTable;
  notifications: NotificationTable;
  outbound_messages: OutboundMessageTable;
  calendar_years: CalendarYearTable;
  calendar_days: CalendarDayTable;
  catalog_imports: CatalogImportTable;
  catalog_files: CatalogFileTable;
  basic_items: BasicItemTable;
  implementations: ImplementationTable;
  implementation_versions: ImplementationVersionTable;
  proofs: ProofTable;
  regions: RegionTable;
  departments: DepartmentTable;
  halls: HallTable;
  service_windows: WindowTable;
  staff_users: StaffUserTable;
  applicants: ApplicantTable;
  enterprise_operators: EnterpriseOperatorTable;
  sessions: SessionTable;
  audit_events: AuditEventTable;
  system_settings: SystemSettingTable;
  signing_keys: SigningKeyTable;
  licence_types: LicenceTypeTable;
  licence_type_issuers: LicenceTypeIssuerTable;
  seals: SealTable;
  licences: LicenceTable;
  licence_suspensions: LicenceSuspensionTable;
  case_licence_results: CaseLicenceResultTable;
  licence_shares: LicenceShareTable;
  licence_imports: LicenceImportTable;
}

export type Region = Selectable<RegionTable>;
export type Department = Selectable<DepartmentTable>;
export type NewDepartment = Insertable<DepartmentTable>;
export type DepartmentUpdate = Updateable<DepartmentTable>;
export type StaffUser = Selectable<StaffUserTable>;
export type Applicant = Selectable<ApplicantTable>;
export type Session = Selectable<SessionTable>;
export type AuditEvent = Selectable<AuditEventTable>;
