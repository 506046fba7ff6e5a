import { useMemo } from 'react';
import type { CheckContext } from '@onetrip/core';
import { useQuery } from '@tanstack/react-query';
import { departmentKeys, fetchDepartment } from '../../departments/api/departments-api.ts';
import { catalogReferenceKeys, fetchBasicItems, fetchProofCatalogue } from '../api/catalog-reference-api.ts';
import type { ImplementationDetail } from '../api/implementations-api.ts';

/** The proof catalogue changes rarely; maintainers pick proofs from it. */
export function useProofCatalogue() {
  return useQuery({ queryKey: catalogReferenceKeys.proofs, queryFn: ({ signal }) => fetchProofCatalogue(signal), staleTime: 5 * 60_000 });
}

/**
 * The guide checker's context for an implementation, built in the browser from the same facts the server uses: the
 * basic item, the department's credit code, the exercise level and the cancelled proofs. `ctx` is null while they
 * load. A basic item or department that cannot be read falls back to what the implementation code itself says (credit
 * code = its first 18 characters); a proof catalogue that cannot be read is reported (`isProofCatalogueMissing`), since
 * the server will still refuse a cancelled proof.
 */
export function useEditorCheckContext(implementation: ImplementationDetail): { ctx: CheckContext | null; isProofCatalogueMissing: boolean } {
  const proofs = useProofCatalogue();
  const basicItems = useQuery({ queryKey: catalogReferenceKeys.basicItems, queryFn: ({ signal }) => fetchBasicItems(signal), staleTime: 5 * 60_000 });
  const department = useQuery({
    queryKey: departmentKeys.detail(implementation.departmentId),
    queryFn: ({ signal }) => fetchDepartment(implementation.departmentId, signal),
    staleTime: 5 * 60_000,
  });
  const isSettled = !basicItems.isPending && !department.isPending && !proofs.isPending;
  const { basicCode, typeCode, code, level } = implementation;
  const ctx = useMemo((): CheckContext | null => {
    if (!isSettled) return null;
    return {
      basicItem: { code: basicCode, typeCode, name: basicItems.data?.find((item) => item.code === basicCode)?.name ?? '' },
      implementationCode: code,
      departmentCreditCode: department.data?.creditCode ?? code.slice(0, 18),
      level,
      // Local items (city and below) are held to the 25 % promised/legal target [003].
      isLocalItem: level >= 3,
      cancelledProofCodes: new Set((proofs.data ?? []).filter((proof) => proof.status === 'cancelled').map((proof) => proof.code)),
    };
  }, [proofs.data, isSettled, basicItems.data, department.data, basicCode, typeCode, code, level]);
  return { ctx, isProofCatalogueMissing: proofs.isError };
}
