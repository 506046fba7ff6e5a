import { Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import {
  AlertOutlined,
  AuditOutlined,
  FileDoneOutlined,
  InboxOutlined,
  LikeOutlined,
  PhoneOutlined,
  SettingOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/hooks/useSession.ts';
import { ButtonLink } from '../../shell/components/ButtonLink.tsx';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import { CalendarWarningBanner } from '../../calendar/components/CalendarWarningBanner.tsx';

/** Business modules; those with a `to` are available, the others are labelled as coming. */
const MODULES: { key: 'accept' | 'approval' | 'supervision' | 'catalogue' | 'hotline' | 'ratings'; icon: ReactNode; to?: string }[] = [
  { key: 'catalogue', icon: <UnorderedListOutlined aria-hidden />, to: '/workbench/catalog' },
  { key: 'accept', icon: <InboxOutlined aria-hidden />, to: '/workbench/cases/pre-review' },
  { key: 'approval', icon: <FileDoneOutlined aria-hidden />, to: '/workbench/cases/queue' },
  { key: 'supervision', icon: <AlertOutlined aria-hidden /> },
  { key: 'hotline', icon: <PhoneOutlined aria-hidden /> },
  { key: 'ratings', icon: <LikeOutlined aria-hidden /> },
];

/** Staff home: who you are, the modules you can open, and what is coming (labelled as such, not faked). */
export function WorkbenchHomePage() {
  const { t } = useTranslation();
  const { principal } = useSession();
  if (principal?.kind !== 'staff') return null;
  const hasAdmin = principal.areas.includes('admin');

  return (
    <div>
      <PageHeader title={t('workbench.greeting', { name: principal.displayName })} description={t('workbench.subtitle')} />
      <Flex vertical gap={16}>
        <CalendarWarningBanner />
        <Card title={<h2 className="card-title">{t('workbench.profile')}</h2>}>
          <Descriptions
            column={{ xs: 1, sm: 1, md: 2, lg: 3 }}
            items={[
              { key: 'username', label: t('staff.username'), children: principal.username },
              {
                key: 'roles',
                label: t('workbench.roles'),
                children: (
                  <Flex wrap gap={4}>
                    {principal.roles.map((role) => (
                      <Tag key={role} color="blue">
                        {t(`roles.${role}`)}
                      </Tag>
                    ))}
                  </Flex>
                ),
              },
              { key: 'region', label: t('workbench.region'), children: principal.regionName },
              { key: 'department', label: t('workbench.department'), children: principal.departmentName ?? t('workbench.noDepartment') },
            ]}
          />
        </Card>

        {hasAdmin ? (
          <Card>
            <Flex wrap gap={16} align="center" justify="space-between">
              <Flex gap={16} align="center">
                <span className="module-icon">
                  <SettingOutlined aria-hidden />
                </span>
                <div>
                  <Typography.Title level={2} className="card-title">
                    {t('workbench.adminTitle')}
                  </Typography.Title>
                  <Typography.Text type="secondary">{t('workbench.adminDescription')}</Typography.Text>
                </div>
              </Flex>
              <ButtonLink to="/admin/regions" type="primary" icon={<AuditOutlined aria-hidden />}>
                {t('workbench.goAdmin')}
              </ButtonLink>
            </Flex>
          </Card>
        ) : null}

        <section aria-labelledby="modules-title">
          <Typography.Title level={2} id="modules-title" className="section-title">
            {t('workbench.modulesTitle')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('workbench.modulesNote')}</Typography.Paragraph>
          <Row gutter={[16, 16]}>
            {MODULES.map((module) => (
              <Col key={module.key} xs={24} sm={12} xl={8}>
                <Card className={module.to ? 'module-card module-card-available' : 'module-card'} aria-disabled={module.to ? undefined : 'true'}>
                  <Flex gap={16} align="flex-start">
                    <span className={module.to ? 'module-icon' : 'module-icon module-icon-muted'}>{module.icon}</span>
                    <div>
                      <Flex gap={8} align="center" wrap>
                        <Typography.Title level={3} className="module-title">
                          {t(`workbench.modules.${module.key}.title`)}
                        </Typography.Title>
                        {module.to ? null : <Tag>{t('common.comingSoon')}</Tag>}
                      </Flex>
                      <Typography.Text type="secondary">{t(`workbench.modules.${module.key}.description`)}</Typography.Text>
                      {module.to ? (
                        <div>
                          <ButtonLink to={module.to} type="link" className="module-open" aria-label={`${t('workbench.openModule')} ${t(`workbench.modules.${module.key}.title`)}`}>
                            {t('workbench.openModule')}
                          </ButtonLink>
                        </div>
                      ) : null}
                    </div>
                  </Flex>
                </Card>
              </Col>
            ))}
          </Row>
        </section>
      </Flex>
    </div>
  );
}
