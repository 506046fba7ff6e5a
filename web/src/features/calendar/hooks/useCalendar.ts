import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { calendarKeys, fetchCalendarStatus, fetchCalendarYear, fetchCalendarYears, importHolidayCn, setCalendarYear } from '../api/calendar-api.ts';

export function useCalendarYears() {
  return useQuery({ queryKey: calendarKeys.years, queryFn: ({ signal }) => fetchCalendarYears(signal) });
}

export function useCalendarYear(year: number) {
  return useQuery({ queryKey: calendarKeys.year(year), queryFn: ({ signal }) => fetchCalendarYear(year, signal) });
}

export function useCalendarStatus(enabled = true) {
  return useQuery({ queryKey: calendarKeys.status, queryFn: ({ signal }) => fetchCalendarStatus(signal), enabled, staleTime: 5 * 60_000 });
}

/** A saved or imported year changes the year, the list and the warning. */
function useInvalidateCalendar() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: calendarKeys.all });
}

export function useSetCalendarYear() {
  const invalidate = useInvalidateCalendar();
  return useMutation({ mutationFn: setCalendarYear, onSuccess: invalidate });
}

export function useImportHolidayCn() {
  const invalidate = useInvalidateCalendar();
  return useMutation({ mutationFn: importHolidayCn, onSuccess: invalidate });
}
