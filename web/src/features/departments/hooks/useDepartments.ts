import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createDepartment,
  deleteDepartment,
  departmentKeys,
  fetchDepartments,
  updateDepartment,
  type DepartmentFilter,
} from '../api/departments-api.ts';

export function useDepartments(filter: DepartmentFilter, isEnabled = true) {
  return useQuery({
    queryKey: departmentKeys.list(filter),
    queryFn: ({ signal }) => fetchDepartments(filter, signal),
    placeholderData: keepPreviousData,
    enabled: isEnabled,
  });
}

/** Departments for a select box (first 100 in the caller's scope, optionally within one region). */
export function useDepartmentOptions(regionCode?: string) {
  const query = useDepartments({ pageSize: 100, ...(regionCode ? { regionCode } : {}) });
  return {
    isLoading: query.isPending,
    options: (query.data?.items ?? []).map((department) => ({ value: department.id, label: department.name })),
  };
}

function useInvalidateDepartments() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: departmentKeys.all });
}

export function useCreateDepartment() {
  const invalidate = useInvalidateDepartments();
  return useMutation({ mutationFn: createDepartment, onSuccess: invalidate });
}

export function useUpdateDepartment() {
  const invalidate = useInvalidateDepartments();
  return useMutation({ mutationFn: updateDepartment, onSuccess: invalidate });
}

export function useDeleteDepartment() {
  const invalidate = useInvalidateDepartments();
  return useMutation({ mutationFn: deleteDepartment, onSuccess: invalidate });
}
