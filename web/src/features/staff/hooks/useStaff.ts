import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createStaff, fetchStaff, resetStaffPassword, staffKeys, unlockStaff, updateStaff, type StaffFilter } from '../api/staff-api.ts';

export function useStaffList(filter: StaffFilter) {
  return useQuery({ queryKey: staffKeys.list(filter), queryFn: ({ signal }) => fetchStaff(filter, signal), placeholderData: keepPreviousData });
}

function useInvalidateStaff() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: staffKeys.all });
}

export function useCreateStaff() {
  const invalidate = useInvalidateStaff();
  return useMutation({ mutationFn: createStaff, onSuccess: invalidate });
}

export function useUpdateStaff() {
  const invalidate = useInvalidateStaff();
  return useMutation({ mutationFn: updateStaff, onSuccess: invalidate });
}

export function useUnlockStaff() {
  const invalidate = useInvalidateStaff();
  return useMutation({ mutationFn: unlockStaff, onSuccess: invalidate });
}

export function useResetStaffPassword() {
  return useMutation({ mutationFn: resetStaffPassword });
}
