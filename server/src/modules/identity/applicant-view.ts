import type { Applicant } from '../../platform/db/schema.ts';
import type { ApplicantView } from './identity.schemas.ts';

export function toApplicantView(a: Pick<Applicant, 'id' | 'kind' | 'name' | 'id_number_masked' | 'credit_code' | 'legal_representative' | 'phone_masked' | 'created_at'>): ApplicantView {
  return {
    id: a.id,
    kind: a.kind,
    name: a.name,
    idNumberMasked: a.id_number_masked,
    creditCode: a.credit_code,
    legalRepresentative: a.legal_representative,
    phoneMasked: a.phone_masked,
    createdAt: a.created_at.toISOString(),
  };
}
