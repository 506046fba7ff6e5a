import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { CaseStatus } from '@onetrip/core';
import { Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api-client.ts';
import { CaseErrorAlert } from './CaseErrorAlert.tsx';
import { CaseStatusTag } from './CaseStatusTag.tsx';
import { CaseTimeline } from './CaseTimeline.tsx';

interface TrackResult {
  caseNumber: string;
  itemName: string;
  status: CaseStatus;
  receivedOn: string | null;
  acceptedOn: string | null;
  promisedDeadline: string | null;
  concludedOn: string | null;
  outcome: 'approved' | 'denied' | null;
  clock: { remainingWorkingDays: number } | null;
  timeline: { at: string; action: string; unitName: string | null; opinion: string | null }[];
}

/**
 * Public progress lookup (/track/:caseNumber, also what the QR code on every notice opens): the case number plus a
 * check — the applicant's name or the last 4 characters of the ID number — shows the status and the timeline.
 */
export function TrackCasePage() {
  const { t } = useTranslation();
  const params = useParams();
  const [query, setQuery] = useState<{ number: string; check: string } | null>(null);
  const result = useQuery({
    queryKey: ['track-case', query],
    queryFn: ({ signal }) => api.get<TrackResult>('/public/cases/track', { number: query!.number, check: query!.check }, signal),
    enabled: query !== null,
    retry: false,
  });
  const found = result.data;
  return (
    <article className="services-page track-page" aria-labelledby="track-title">
      <Typography.Title level={1} id="track-title">{t('cases.track.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('cases.track.intro')}</Typography.Paragraph>
      <Card>
        <Form
          layout="vertical"
          initialValues={{ number: params.caseNumber ?? '', check: '' }}
          onFinish={(values: { number: string; check: string }) => setQuery({ number: values.number.trim(), check: values.check.trim() })}
        >
          <Form.Item name="number" label={t('cases.track.number')} rules={[{ required: true, whitespace: true, message: t('cases.track.numberRequired') }]}>
            <Input maxLength={60} autoComplete="off" />
          </Form.Item>
          <Form.Item name="check" label={t('cases.track.check')} extra={t('cases.track.checkHelp')} rules={[{ required: true, whitespace: true, message: t('cases.track.checkRequired') }]}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={result.isFetching}>{t('cases.track.submit')}</Button>
        </Form>
      </Card>
      {result.error ? <CaseErrorAlert error={result.error} /> : null}
      {found ? (
        <Card className="track-result" title={<span>{found.itemName} <CaseStatusTag status={found.status} /></span>} data-testid="track-result">
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'number', label: t('cases.track.number'), children: found.caseNumber },
              { key: 'received', label: t('cases.track.receivedOn'), children: found.receivedOn ?? '—' },
              { key: 'accepted', label: t('cases.track.acceptedOn'), children: found.acceptedOn ?? '—' },
              { key: 'deadline', label: t('cases.track.promisedDeadline'), children: found.promisedDeadline ?? '—' },
              ...(found.clock && !found.concludedOn ? [{ key: 'remaining', label: t('cases.track.remaining'), children: t('cases.track.remainingDays', { count: found.clock.remainingWorkingDays }) }] : []),
              ...(found.concludedOn ? [{ key: 'concluded', label: t('cases.track.concludedOn'), children: found.concludedOn }] : []),
            ]}
          />
          <Typography.Title level={2} className="track-timeline-title">{t('cases.track.timeline')}</Typography.Title>
          <CaseTimeline events={found.timeline.map((e) => ({ ...e, actorKind: '', details: {} }))} />
        </Card>
      ) : null}
    </article>
  );
}
