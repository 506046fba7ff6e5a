import { areasFor } from '@onetrip/core';
import type { Deps } from '../../platform/http/deps.ts';
import type { Principal } from '../../platform/auth/principal.ts';
import { AppError } from '../../platform/errors/app-error.ts';
import type { PrincipalView } from './identity.schemas.ts';
import { identityRepository } from './identity.repository.ts';

/** What the web app needs to know about the logged-in principal (personal data masked). */
export async function describePrincipal(deps: Deps, principal: Principal): Promise<PrincipalView> {
  if (principal.kind === 'staff') {
    const names = await identityRepository.regionAndDepartmentNames(deps.db, principal.regionCode, principal.departmentId);
    return {
      kind: 'staff',
      id: principal.id,
      username: principal.username,
      displayName: principal.displayName,
      roles: principal.roles,
      regionCode: principal.regionCode,
      regionName: names?.regionName ?? principal.regionCode,
      departmentId: principal.departmentId,
      departmentName: names?.departmentName ?? null,
      areas: areasFor({ kind: 'staff', roles: principal.roles }),
    };
  }
  const a = await identityRepository.findApplicantById(deps.db, principal.id);
  if (!a) throw new AppError('SESSION_EXPIRED');
  return {
    kind: 'applicant',
    id: a.id,
    applicantKind: a.kind,
    name: a.name,
    ...(a.id_number_masked ? { idNumberMasked: a.id_number_masked } : {}),
    ...(a.credit_code ? { creditCode: a.credit_code } : {}),
    ...(a.legal_representative ? { legalRepresentative: a.legal_representative } : {}),
    phoneMasked: a.phone_masked,
    areas: areasFor({ kind: 'applicant' }),
  };
}
