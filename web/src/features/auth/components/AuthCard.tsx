import type { ReactNode } from 'react';
import { Card, Flex, Typography } from 'antd';

/** Centred card used by the login and registration pages. */
export function AuthCard({ title, subtitle, children, footer, width = 420 }: {
  title: string;
  subtitle?: string;
  children: ReactNode;
  footer?: ReactNode;
  width?: number;
}) {
  return (
    <Flex justify="center" className="auth-page">
      <Card className="auth-card" style={{ width: '100%', maxWidth: width }}>
        <Typography.Title level={1} className="auth-card-title">
          {title}
        </Typography.Title>
        {subtitle ? <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph> : null}
        {children}
        {footer ? <div className="auth-card-footer">{footer}</div> : null}
      </Card>
    </Flex>
  );
}
