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

const UPCOMING_MODULES: { key: 'accept' | 'approval' | 'supervision' | 'catalogue' | 'hotline' | 'ratings'; icon: ReactNode }[] = [
  { key: 'accept', icon: <InboxOutlined aria-hidden /> },
  { key: 'approval', icon: <FileDoneOutlined aria-hidden /> },
  { key: 'supervision', icon: <AlertOutlined aria-hidden /> },
  { key: 'catalogue', icon: <UnorderedListOutlined aria-hidden /> },
  { key: 'hotline', icon: <PhoneOutlined aria-hidden /> },
  { key: 'ratings', icon: <LikeOutlined aria-hidden /> },
];

/** Staff home: who you are and what is coming. Upcoming modules are labelled as such, not faked. */
export function WorkbenchHomePage() {
  const { t } = useTranslation();
  const { principal } = useSession();
  if (principal?.kind !== 'staff') return null;
  const hasAdmin = principal.areas.includes('admin');

  return (
    <div>
      <PageHeader title={t('workbench.greeting', { name: principal.displayName })} description={t('workbench.subtitle')} />
      <Flex vertical gap={16}>
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
            {UPCOMING_MODULES.map((module) => (
              <Col key={module.key} xs={24} sm={12} xl={8}>
                <Card className="module-card" aria-disabled="true">
                  <Flex gap={16} align="flex-start">
                    <span className="module-icon module-icon-muted">{module.icon}</span>
                    <div>
                      <Flex gap={8} align="center" wrap>
                        <Typography.Title level={3} className="module-title">
                          {t(`workbench.modules.${module.key}.title`)}
                        </Typography.Title>
                        <Tag>{t('common.comingSoon')}</Tag>
                      </Flex>
                      <Typography.Text type="secondary">{t(`workbench.modules.${module.key}.description`)}</Typography.Text>
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
