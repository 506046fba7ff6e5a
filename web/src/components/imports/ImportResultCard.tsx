import type { ReactNode } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Progress, Typography, type DescriptionsProps } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../features/shell/components/PageLoading.tsx';
import type { ImportPhase } from './ImportStatusTag.tsx';

/** The heading and bar of an import's progress. */
export interface ImportProgressView {
  /** The status tag, left of the heading. */
  tag: ReactNode;
  /** Words beside the tag (what is happening now), if any. */
  note?: string;
  /** How far the rows have got, right of the heading. */
  rows: string;
  /** Screen readers read the rows' text out as it changes. */
  announceRows?: boolean;
  /** The bar while the import has not failed (a failed import shows a full red bar). */
  percent: number;
  /** The bar's accessible name. */
  label: string;
}

/** One import as its page presents it; texts are the page's own. */
export interface ImportResultView {
  phase: ImportPhase;
  /** Facts about the upload (file, uploader, time, counts) above the progress. */
  facts: DescriptionsProps['items'];
  progress: ImportProgressView;
  /** An info alert while the import is waiting or running. */
  running?: string;
  /** Shown once it succeeded: an alert, then anything more (e.g. what it created). */
  succeeded: { title: string; description: string; extra?: ReactNode };
  /** Shown once it failed: an alert with the report's download, then the report itself (an ImportErrorsTable). */
  failed: { title: string; description: string; download: { href: string; label: string; size?: 'small' }; errors: ReactNode };
}

function ImportProgress({ phase, progress }: { phase: ImportPhase; progress: ImportProgressView }) {
  const isFailed = phase === 'failed';
  return (
    <div>
      <Flex justify="space-between" wrap gap={8}>
        {progress.note === undefined ? (
          progress.tag
        ) : (
          <Flex align="center" gap={8}>
            {progress.tag}
            <span>{progress.note}</span>
          </Flex>
        )}
        <Typography.Text type="secondary" aria-live={progress.announceRows ? 'polite' : undefined}>
          {progress.rows}
        </Typography.Text>
      </Flex>
      <Progress percent={isFailed ? 100 : progress.percent} status={isFailed ? 'exception' : phase === 'succeeded' ? 'success' : 'active'} aria-label={progress.label} />
    </div>
  );
}

export interface ImportResultCardProps {
  /** The card's heading. */
  title: string;
  /** The load failed: an error alert instead of the import. */
  isError: boolean;
  /** The alert's title; errors.loadFailed unless given. */
  loadFailedText?: string;
  /** The import, or undefined while it loads (a spinner). */
  view: ImportResultView | undefined;
}

/** An import as it runs: the upload's facts, the progress, then the outcome (and every problem when it failed). */
export function ImportResultCard({ title, isError, loadFailedText, view }: ImportResultCardProps) {
  const { t } = useTranslation();
  let body;
  if (isError) body = <Alert type="error" showIcon title={loadFailedText ?? t('errors.loadFailed')} />;
  else if (!view) body = <PageLoading />;
  else {
    const { phase, succeeded, failed } = view;
    body = (
      <Flex vertical gap={16}>
        <Descriptions size="small" column={{ xs: 1, md: 2 }} items={view.facts} />
        <ImportProgress phase={phase} progress={view.progress} />
        {view.running !== undefined && (phase === 'waiting' || phase === 'running') ? <Alert type="info" showIcon title={view.running} /> : null}
        {phase === 'succeeded' ? (
          <>
            <Alert type="success" showIcon title={succeeded.title} description={succeeded.description} />
            {succeeded.extra}
          </>
        ) : null}
        {phase === 'failed' ? (
          <>
            <Alert
              type="error"
              showIcon
              title={failed.title}
              description={failed.description}
              action={
                <Button size={failed.download.size} href={failed.download.href} icon={<DownloadOutlined aria-hidden />}>
                  {failed.download.label}
                </Button>
              }
            />
            {failed.errors}
          </>
        ) : null}
      </Flex>
    );
  }
  return <Card title={<h2 className="card-title">{title}</h2>}>{body}</Card>;
}
