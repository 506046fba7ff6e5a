import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Deps } from '../../platform/http/deps.ts';
import { errorResponses } from '../../platform/http/common-schemas.ts';
import { CalendarStatusQuery, CalendarStatusView, HolidayCnBody, SetYearBody, WorkingDaysQuery, WorkingDaysView, YearDetailView, YearParams, YearSummaryView } from './calendar.schemas.ts';
import { calendarStatus, computeWorkingDays, getCalendarYear, listCalendarYears } from './read-calendar.ts';
import { importHolidayCnYear, setYearArrangement } from './set-year-arrangement.ts';

const tags = ['calendar'];

export const calendarRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/calendar/years', { schema: { tags, summary: 'Years with an arrangement of holidays and adjusted working days', response: { 200: Type.Object({ items: Type.Array(YearSummaryView) }), ...errorResponses } } },
    async (request) => ({ items: await listCalendarYears(deps, request.ctx) }));
  app.get('/calendar/years/:year', { schema: { tags, summary: 'One year\'s holidays and adjusted working days', params: YearParams, response: { 200: YearDetailView, ...errorResponses } } },
    (request) => getCalendarYear(deps, request.ctx, request.params.year));
  app.put('/calendar/years/:year', { schema: { tags, summary: 'Set the complete arrangement of a year (calendar.manage)', params: YearParams, body: SetYearBody, response: { 200: YearDetailView, ...errorResponses } } },
    (request) => setYearArrangement(deps, request.ctx, request.params.year, request.body));
  app.post('/calendar/import', { schema: { tags, summary: 'Import one year in holiday-cn JSON format (calendar.manage)', body: HolidayCnBody, response: { 200: YearDetailView, ...errorResponses } } },
    (request) => importHolidayCnYear(deps, request.ctx, request.body));
  app.get('/calendar/status', { schema: { tags, summary: 'This year and next: is the arrangement entered? (for the administrators\' warning)', querystring: CalendarStatusQuery, response: { 200: CalendarStatusView, ...errorResponses } } },
    (request) => calendarStatus(deps, request.ctx, request.query));
  app.get('/calendar/working-days', { schema: { tags, summary: 'The deadline N working days after a date (public; the start day does not count)', querystring: WorkingDaysQuery, response: { 200: WorkingDaysView, ...errorResponses } } },
    (request) => computeWorkingDays(deps, request.query));
};
