import { Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import type { CaseEvent } from '../api/cases-api.ts';

/** Every step of the case: time, unit, action and the opinion meant for the applicant (staff also see notes). */
export function CaseTimeline({ events }: { events: CaseEvent[] }) {
  const { t, i18n } = useTranslation();
  const label = (action: string) => (i18n.exists(`cases.events.${action}`) ? t(`cases.events.${action}` as 'cases.events.submitted') : action);
  return (
    <Timeline
      className="case-timeline"
      items={events.map((event, index) => ({
        key: `${event.at}-${index}`,
        content: (
          <div>
            <strong>{label(event.action)}</strong>
            <div className="case-muted">
              {formatDateTime(event.at, i18n.language)}
              {event.unitName ? ` · ${event.unitName}` : ''}
              {event.actorName ? ` · ${event.actorName}` : ''}
            </div>
            {event.opinion ? <Typography.Paragraph className="case-opinion">{event.opinion}</Typography.Paragraph> : null}
            {event.note ? <Typography.Paragraph type="secondary">{t('cases.timeline.note', { note: event.note })}</Typography.Paragraph> : null}
          </div>
        ),
      }))}
    />
  );
}
