import { Type, type Static } from 'typebox';
import { DateTime } from '../../platform/http/common-schemas.ts';

const IsoDateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar day in China, YYYY-MM-DD', examples: ['2026-10-01'] });
const Year = Type.Integer({ minimum: 1949, maximum: 2199 });
const Source = Type.Enum(['chinese-days', 'holiday-cn', 'manual']);
const DayKind = Type.Enum(['holiday', 'adjusted_working_day'], { description: 'holiday: 法定节假日/休息日; adjusted_working_day: 调休上班日 (a Saturday or Sunday)' });
const Name = Type.String({ maxLength: 100 });

export const YearParams = Type.Object({ year: Year });

export const CalendarDayView = Type.Object({
  date: Type.String(),
  kind: DayKind,
  name: Type.Union([Type.Null(), Type.String()]),
});

export const YearSummaryView = Type.Object({
  year: Type.Integer(),
  announced: Type.Boolean({ description: 'false: no arrangement yet, Monday–Friday is assumed' }),
  source: Type.Union([Type.Null(), Source]),
  note: Type.Union([Type.Null(), Type.String()]),
  papers: Type.Array(Type.String(), { description: 'State Council notices (holiday-cn "papers")' }),
  holidayCount: Type.Integer(),
  adjustedWorkingDayCount: Type.Integer(),
  updatedByName: Type.Union([Type.Null(), Type.String()]),
  updatedAt: Type.Union([Type.Null(), DateTime]),
});
export type YearSummaryView = Static<typeof YearSummaryView>;

export const YearDetailView = Type.Object({ ...YearSummaryView.properties, days: Type.Array(CalendarDayView) });
export type YearDetailView = Static<typeof YearDetailView>;

export const SetYearBody = Type.Object({
  holidays: Type.Array(Type.Object({ date: Type.String({ maxLength: 20 }), name: Name }, { additionalProperties: false }), { maxItems: 200 }),
  adjustedWorkingDays: Type.Array(Type.Object({ date: Type.String({ maxLength: 20 }), name: Type.Optional(Type.Union([Type.Null(), Name])) }, { additionalProperties: false }), { maxItems: 100 }),
  note: Type.Optional(Type.Union([Type.Null(), Type.String({ maxLength: 500 })])),
}, { additionalProperties: false, description: 'The complete arrangement of the year: it replaces whatever the year had.' });
export type SetYearBody = Static<typeof SetYearBody>;

/** holiday-cn's file format (github.com/NateScarlet/holiday-cn); unknown extra fields are ignored. */
export const HolidayCnBody = Type.Object({
  year: Year,
  papers: Type.Optional(Type.Array(Type.String({ maxLength: 500 }), { maxItems: 20 })),
  days: Type.Array(Type.Object({ name: Name, date: Type.String({ maxLength: 20 }), isOffDay: Type.Boolean() }), { maxItems: 300 }),
}, { description: 'One year of holiday-cn data, e.g. the content of 2027.json' });
export type HolidayCnBody = Static<typeof HolidayCnBody>;

export const CalendarStatusQuery = Type.Object({
  asOf: Type.Optional(IsoDateString),
});

export const CalendarStatusView = Type.Object({
  today: Type.String({ description: 'The date the status is for (today in China unless asOf was given)' }),
  years: Type.Array(Type.Object({ year: Type.Integer(), announced: Type.Boolean() }), { description: 'This year and next' }),
  missingYears: Type.Array(Type.Integer(), { description: 'Of those, the years without an arrangement' }),
  warningYears: Type.Array(Type.Integer(), { description: 'Years to warn about now: this year when missing; next year when missing from 1 November on' }),
  firstYear: Type.Union([Type.Null(), Type.Integer()]),
  lastYear: Type.Union([Type.Null(), Type.Integer()]),
});
export type CalendarStatusView = Static<typeof CalendarStatusView>;

export const WorkingDaysQuery = Type.Object({
  from: Type.Optional(IsoDateString),
  days: Type.Integer({ minimum: 0, maximum: 1000 }),
});

export const WorkingDaysView = Type.Object({
  from: Type.String(),
  days: Type.Integer(),
  deadline: Type.String({ description: 'The days-th working day after from (from itself does not count; days = 0 gives from)' }),
  fallbackYears: Type.Array(Type.Integer(), { description: 'Years without an arrangement that Monday–Friday was assumed for' }),
});
export type WorkingDaysView = Static<typeof WorkingDaysView>;
