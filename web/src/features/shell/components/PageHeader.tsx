import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';
import { useDocumentTitle } from '../hooks/useDocumentTitle.ts';

/** Title row of a console page: the page's h1, an optional description and actions on the right. */
export function PageHeader({ title, description, extra, breadcrumb }: {
  title: string;
  description?: ReactNode;
  extra?: ReactNode;
  breadcrumb?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <div className="page-header">
      {breadcrumb}
      <Flex wrap justify="space-between" align="center" gap={12}>
        <Typography.Title level={1} className="page-title">
          {title}
        </Typography.Title>
        {extra ? <Flex wrap gap={8}>{extra}</Flex> : null}
      </Flex>
      {description ? (
        <Typography.Paragraph type="secondary" className="page-description">
          {description}
        </Typography.Paragraph>
      ) : null}
    </div>
  );
}
