import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../../auth/hooks/useSession.ts';
import { fetchNotifications, markAllNotificationsRead, markNotificationRead, notificationKeys, type NotificationsQuery } from '../api/notifications-api.ts';

/** My notifications; polled every minute while logged in, so the bell's count follows new events. */
export function useNotifications(query: NotificationsQuery) {
  const { principal } = useSession();
  return useQuery({
    // The principal is part of the key: after logging in as someone else nothing of the previous user is shown.
    queryKey: [...notificationKeys.list(query), principal?.id ?? null],
    queryFn: ({ signal }) => fetchNotifications(query, signal),
    enabled: principal !== null,
    refetchInterval: 60_000,
  });
}

function useInvalidateNotifications() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: notificationKeys.all });
}

export function useMarkNotificationRead() {
  const invalidate = useInvalidateNotifications();
  return useMutation({ mutationFn: markNotificationRead, onSuccess: invalidate });
}

export function useMarkAllNotificationsRead() {
  const invalidate = useInvalidateNotifications();
  return useMutation({ mutationFn: markAllNotificationsRead, onSuccess: invalidate });
}
