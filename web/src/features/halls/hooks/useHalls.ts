import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  createHall,
  createWindow,
  deleteHall,
  deleteWindow,
  fetchHall,
  fetchHalls,
  hallKeys,
  updateHall,
  updateWindow,
} from '../api/halls-api.ts';

export function useHalls(regionCode?: string) {
  return useQuery({ queryKey: hallKeys.list(regionCode), queryFn: ({ signal }) => fetchHalls(regionCode, signal) });
}

export function useHall(id: string) {
  return useQuery({ queryKey: hallKeys.detail(id), queryFn: ({ signal }) => fetchHall(id, signal) });
}

/** Every hall mutation invalidates lists and details: window counts show in the list. */
function useInvalidateHalls() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: hallKeys.all });
}

export function useCreateHall() {
  const invalidate = useInvalidateHalls();
  return useMutation({ mutationFn: createHall, onSuccess: invalidate });
}

export function useUpdateHall() {
  const invalidate = useInvalidateHalls();
  return useMutation({ mutationFn: updateHall, onSuccess: invalidate });
}

export function useDeleteHall() {
  const invalidate = useInvalidateHalls();
  return useMutation({ mutationFn: deleteHall, onSuccess: invalidate });
}

export function useCreateWindow() {
  const invalidate = useInvalidateHalls();
  return useMutation({ mutationFn: createWindow, onSuccess: invalidate });
}

export function useUpdateWindow() {
  const invalidate = useInvalidateHalls();
  return useMutation({ mutationFn: updateWindow, onSuccess: invalidate });
}

export function useDeleteWindow() {
  const invalidate = useInvalidateHalls();
  return useMutation({ mutationFn: deleteWindow, onSuccess: invalidate });
}
