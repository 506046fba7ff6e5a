import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, ImportOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { roleHasPermission, type CalendarDayKind } from '@onetrip/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../../lib/api-client.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useSession } from '../../auth/hooks/useSession.ts';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import type { CalendarYearDetail } from '../api/calendar-api.ts';
import { draftIssues, draftOf, monthGrid, setYearInputOf, sortDraft, type DraftDay } from '../calendar-draft.ts';
import { useCalendarStatus, useCalendarYear, useCalendarYears, useSetCalendarYear } from '../hooks/useCalendar.ts';
import { CalendarWarningBanner } from './CalendarWarningBanner.tsx';
import { HolidayCnImport } from './HolidayCnImport.tsx';

const HOLIDAY_COLOR = '#c0262d';
const WORKED_COLOR = '#1f4e99';

/** The working-day calendar (工作日历): a year's holidays and adjusted working days, editable by the centre. */
export function CalendarPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = useCalendarStatus();
  const years = useCalendarYears();
  const thisYear = status.data ? Number(status.data.today.slice(0, 4)) : new Date().getFullYear();
  const year = Number(params.get('year') ?? '') || thisYear;
  const [importing, setImporting] = useState(false);
  const options = useMemo(() => {
    const set = new Set<number>([thisYear, thisYear + 1, year, ...(years.data?.items.map((y) => y.year) ?? [])]);
    return [...set].sort((a, b) => b - a).map((y) => ({ value: y, label: t('calendar.yearOption', { year: y }) }));
  }, [thisYear, year, years.data, t]);
  const detail = useCalendarYear(year);

  return (
    <div>
      <PageHeader
        title={t('calendar.title')}
        description={t('calendar.description')}
        extra={
          <>
            <Select
              value={year}
              options={options}
              onChange={(value: number) => setParams({ year: String(value) })}
              aria-label={t('calendar.year')}
              style={{ width: 140 }}
            />
            <Button icon={<ImportOutlined aria-hidden />} onClick={() => setImporting(true)}>
              {t('calendar.import.open')}
            </Button>
          </>
        }
      />
      <Flex vertical gap={16}>
        <CalendarWarningBanner showAction={false} />
        {detail.isError ? <Alert type="error" showIcon title={t('errors.loadFailed')} /> : null}
        {detail.data ? <YearEditor key={`${detail.data.year}-${detail.data.updatedAt ?? 'none'}`} detail={detail.data} /> : null}
      </Flex>
      <HolidayCnImport
        open={importing}
        onClose={() => setImporting(false)}
        onImported={(imported) => {
          setImporting(false);
          setParams({ year: String(imported) });
        }}
      />
    </div>
  );
}

function YearEditor({ detail }: { detail: CalendarYearDetail }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { principal } = useSession();
  const canManage = principal?.kind === 'staff' && roleHasPermission(principal.roles, 'calendar.manage');
  const [draft, setDraft] = useState<DraftDay[]>(() => draftOf(detail.days));
  const [note, setNote] = useState(detail.note ?? '');
  const [serverErrors, setServerErrors] = useState<{ row: number | null; message: string }[]>([]);
  const save = useSetCalendarYear();
  const issues = draftIssues(detail.year, draft);
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(detail.days)) || note !== (detail.note ?? '');

  const update = (row: number, patch: Partial<DraftDay>) => setDraft((days) => days.map((d, i) => (i === row ? { ...d, ...patch } : d)));
  const remove = (row: number) => setDraft((days) => days.filter((_, i) => i !== row));
  const add = () => setDraft((days) => [...days, { date: `${detail.year}-01-01`, kind: 'holiday', name: '' }]);
  /** A click on a day of the grid cycles it: ordinary → holiday → adjusted working day (weekends only) → ordinary. */
  const cycle = (date: string, weekend: boolean) =>
    setDraft((days) => {
      const row = days.findIndex((d) => d.date === date);
      if (row < 0) return sortDraft([...days, { date, kind: 'holiday', name: nearbyName(days, date) }]);
      const day = days[row]!;
      if (day.kind === 'holiday' && weekend) return days.map((d, i) => (i === row ? { ...d, kind: 'adjusted_working_day' } : d));
      return days.filter((_, i) => i !== row);
    });

  const onSave = () => {
    const sorted = sortDraft(draft);
    setDraft(sorted);
    const { input, rowOfPath } = setYearInputOf(sorted, note);
    setServerErrors([]);
    save.mutate(
      { year: detail.year, ...input },
      {
        onSuccess: () => void message.success(t('calendar.saved', { year: detail.year })),
        onError: (error) => {
          if (isApiError(error) && error.fields.length > 0) setServerErrors(error.fields.map((f) => ({ row: rowOfPath(f.path), message: f.message })));
          else void message.error(isApiError(error) ? error.message : t('errors.generic'));
        },
      },
    );
  };

  const byDate = new Map(draft.map((d) => [d.date, d]));
  const weekdayFormat = new Intl.DateTimeFormat(i18n.language, { weekday: 'short', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(i18n.language, { month: 'long', timeZone: 'UTC' });
  const weekdayOf = (date: string) => weekdayFormat.format(new Date(`${date}T00:00:00Z`));

  return (
    <>
      <Card>
        <Descriptions
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            {
              key: 'state',
              label: t('calendar.state'),
              children: detail.announced ? <Tag color="green">{t('calendar.announced')}</Tag> : <Tag color="orange">{t('calendar.notAnnounced')}</Tag>,
            },
            { key: 'source', label: t('calendar.sourceLabel'), children: detail.source ? t(`calendar.source.${detail.source}`) : '—' },
            { key: 'counts', label: t('calendar.countsLabel'), children: t('calendar.counts', { holidays: detail.holidayCount, worked: detail.adjustedWorkingDayCount }) },
            { key: 'updated', label: t('calendar.updated'), children: detail.updatedAt ? `${formatDateTime(detail.updatedAt, i18n.language)}${detail.updatedByName ? ` · ${detail.updatedByName}` : ''}` : '—' },
          ]}
        />
        {detail.announced ? null : <Alert type="info" showIcon style={{ marginTop: 12 }} title={t('calendar.emptyYear', { year: detail.year })} />}
      </Card>

      <Card title={<h2 className="card-title">{t('calendar.gridTitle', { year: detail.year })}</h2>}>
        <Flex gap={16} wrap style={{ marginBottom: 12 }}>
          <span><DayBadge kind="holiday" /> {t('calendar.kind.holiday')}</span>
          <span><DayBadge kind="adjusted_working_day" /> {t('calendar.kind.adjusted_working_day')}</span>
          {canManage ? <Typography.Text type="secondary">{t('calendar.gridHint')}</Typography.Text> : null}
        </Flex>
        <Row gutter={[16, 16]}>
          {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
            <Col key={month} xs={24} sm={12} lg={8} xl={6}>
              <table style={{ width: '100%', borderCollapse: 'collapse', textAlign: 'center', fontVariantNumeric: 'tabular-nums' }}>
                <caption style={{ captionSide: 'top', fontWeight: 600, textAlign: 'left', paddingBottom: 4 }}>
                  {monthFormat.format(new Date(Date.UTC(detail.year, month - 1, 1)))}
                </caption>
                <thead>
                  <tr>
                    {/* Any Monday-to-Sunday week gives the localised weekday names: 2026-11-23 was a Monday. */}
                    {['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29'].map((d) => (
                      <th key={d} scope="col" style={{ fontWeight: 400, color: '#595959', fontSize: 12 }}>{weekdayOf(d)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {monthGrid(detail.year, month).map((week, w) => (
                    <tr key={w}>
                      {week.map((date, c) => {
                        if (!date) return <td key={c} />;
                        const day = byDate.get(date);
                        const weekend = c >= 5;
                        const label = day ? `${date} ${t(`calendar.kind.${day.kind}`)}${day.name ? ` ${day.name}` : ''}` : date;
                        const color = day?.kind === 'holiday' ? HOLIDAY_COLOR : day ? WORKED_COLOR : weekend ? '#8c8c8c' : undefined;
                        return (
                          <td key={c} style={{ padding: 1 }}>
                            <button
                              type="button"
                              disabled={!canManage}
                              title={label}
                              aria-label={label}
                              onClick={() => cycle(date, weekend)}
                              style={{
                                width: '100%', border: 0, borderRadius: 4, padding: '2px 0', cursor: canManage ? 'pointer' : 'default', color,
                                background: day?.kind === 'holiday' ? '#fde8e8' : day ? '#e6eefb' : 'transparent', fontWeight: day ? 600 : 400,
                              }}
                            >
                              {Number(date.slice(8))}
                              {day ? <sup style={{ fontSize: 9, marginLeft: 1 }}>{day.kind === 'holiday' ? t('calendar.legend.holiday') : t('calendar.legend.adjusted')}</sup> : null}
                            </button>
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </Col>
          ))}
        </Row>
      </Card>

      <Card title={<h2 className="card-title">{t('calendar.daysTitle')}</h2>}>
        <Flex vertical gap={12}>
          {issues.length > 0 || serverErrors.length > 0 ? (
            <Alert
              type="error"
              showIcon
              title={t('calendar.issuesTitle')}
              description={
                <ul style={{ margin: 0, paddingLeft: 20 }}>
                  {issues.map((issue, i) => (
                    <li key={`c${i}`}>{t('calendar.row', { row: issue.index + 1 })}: {t(`calendar.issues.${issue.code}`)}</li>
                  ))}
                  {serverErrors.map((e, i) => (
                    <li key={`s${i}`}>{e.row !== null ? `${t('calendar.row', { row: e.row + 1 })}: ` : ''}{e.message}</li>
                  ))}
                </ul>
              }
            />
          ) : null}
          <Table<DraftDay & { row: number }>
            rowKey="row"
            size="small"
            dataSource={draft.map((d, row) => ({ ...d, row }))}
            pagination={false}
            scroll={{ x: 'max-content', y: 480 }}
            locale={{ emptyText: t('calendar.noDays') }}
            columns={[
              { key: 'row', title: '#', width: 48, render: (_, r) => r.row + 1 },
              {
                key: 'date', title: t('calendar.table.date'),
                render: (_, r) => (
                  <Input type="date" value={r.date} disabled={!canManage} aria-label={`${t('calendar.table.date')} ${r.row + 1}`} onChange={(e) => update(r.row, { date: e.target.value })} style={{ width: 160 }} />
                ),
              },
              { key: 'weekday', title: t('calendar.table.weekday'), render: (_, r) => (/^\d{4}-\d{2}-\d{2}$/.test(r.date) ? weekdayOf(r.date) : '—') },
              {
                key: 'kind', title: t('calendar.table.kind'),
                render: (_, r) => (
                  <Select<CalendarDayKind>
                    value={r.kind}
                    disabled={!canManage}
                    aria-label={`${t('calendar.table.kind')} ${r.row + 1}`}
                    onChange={(kind) => update(r.row, { kind })}
                    style={{ width: 140 }}
                    options={[
                      { value: 'holiday', label: t('calendar.kind.holiday') },
                      { value: 'adjusted_working_day', label: t('calendar.kind.adjusted_working_day') },
                    ]}
                  />
                ),
              },
              {
                key: 'name', title: t('calendar.table.name'),
                render: (_, r) => (
                  <Input value={r.name} disabled={!canManage} maxLength={100} placeholder={t('calendar.namePlaceholder')} aria-label={`${t('calendar.table.name')} ${r.row + 1}`} onChange={(e) => update(r.row, { name: e.target.value })} style={{ width: 160 }} />
                ),
              },
              {
                key: 'actions', title: t('common.actions'),
                render: (_, r) => (
                  <Button type="link" danger disabled={!canManage} icon={<DeleteOutlined aria-hidden />} onClick={() => remove(r.row)} aria-label={`${t('calendar.remove')} ${r.date}`}>
                    {t('calendar.remove')}
                  </Button>
                ),
              },
            ]}
          />
          {canManage ? (
            <>
              <Input value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} placeholder={t('calendar.notePlaceholder')} aria-label={t('calendar.note')} />
              <Space wrap>
                <Button icon={<PlusOutlined aria-hidden />} onClick={add}>{t('calendar.addDay')}</Button>
                <Button type="primary" icon={<SaveOutlined aria-hidden />} loading={save.isPending} disabled={issues.length > 0 || !dirty} onClick={onSave}>
                  {t('calendar.save', { year: detail.year })}
                </Button>
                {dirty ? (
                  <Button onClick={() => { setDraft(draftOf(detail.days)); setNote(detail.note ?? ''); setServerErrors([]); }}>{t('calendar.discard')}</Button>
                ) : null}
              </Space>
            </>
          ) : null}
        </Flex>
      </Card>
    </>
  );
}

function DayBadge({ kind }: { kind: CalendarDayKind }) {
  return (
    <span
      aria-hidden
      style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 2, verticalAlign: 'middle', background: kind === 'holiday' ? '#fde8e8' : '#e6eefb', border: `1px solid ${kind === 'holiday' ? HOLIDAY_COLOR : WORKED_COLOR}` }}
    />
  );
}

/** The name of the nearest listed day within a week, so clicking through a holiday run keeps its name. */
function nearbyName(days: readonly DraftDay[], date: string): string {
  const at = Date.parse(`${date}T00:00:00Z`);
  let best: { distance: number; name: string } | null = null;
  for (const d of days) {
    const distance = Math.abs(Date.parse(`${d.date}T00:00:00Z`) - at) / 86_400_000;
    if (d.name && distance <= 7 && (!best || distance < best.distance)) best = { distance, name: d.name };
  }
  return best?.name ?? '';
}
