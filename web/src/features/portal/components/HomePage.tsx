import { Card, Col, Flex, Row, Tag, Typography } from 'antd';
import {
  BankOutlined,
  CheckCircleOutlined,
  CloudServerOutlined,
  FileSearchOutlined,
  FormOutlined,
  InboxOutlined,
  LikeOutlined,
  NotificationOutlined,
  RightOutlined,
  SendOutlined,
  UserAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/hooks/useSession.ts';
import { ButtonLink } from '../../shell/components/ButtonLink.tsx';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle.ts';
import { HOME_ENTERPRISE_THEMES, HOME_PERSON_THEMES, HOME_THEMES, type HomeTheme } from '../themes.ts';
import { ServiceSearch } from './ServiceSearch.tsx';
import { ThemeIcon } from './ThemeIcon.tsx';

const HOT_TERMS = ['birthRegistration', 'businessLicence', 'socialSecurityCard', 'housingFund'] as const;
const PROMISES = ['oneTrip', 'oneWindow', 'oneNetwork', 'rating'] as const;
const STEPS = ['register', 'apply', 'review', 'deliver'] as const;

function PromiseIcon({ promise }: { promise: (typeof PROMISES)[number] }) {
  switch (promise) {
    case 'oneTrip':
      return <CheckCircleOutlined aria-hidden />;
    case 'oneWindow':
      return <InboxOutlined aria-hidden />;
    case 'oneNetwork':
      return <CloudServerOutlined aria-hidden />;
    case 'rating':
      return <LikeOutlined aria-hidden />;
  }
}

function StepIcon({ step }: { step: (typeof STEPS)[number] }) {
  switch (step) {
    case 'register':
      return <UserAddOutlined aria-hidden />;
    case 'apply':
      return <FormOutlined aria-hidden />;
    case 'review':
      return <FileSearchOutlined aria-hidden />;
    case 'deliver':
      return <SendOutlined aria-hidden />;
  }
}

function AccountPanel() {
  const { t } = useTranslation();
  const { principal } = useSession();
  let body: ReactNode;
  if (principal?.kind === 'applicant') {
    body = (
      <>
        <Typography.Paragraph>{t('home.account.welcome', { name: principal.name })}</Typography.Paragraph>
        <ButtonLink to="/me" type="primary" block size="large">
          {t('home.account.goToAccount')}
        </ButtonLink>
      </>
    );
  } else if (principal?.kind === 'staff') {
    body = (
      <>
        <Typography.Paragraph>{t('home.account.welcome', { name: principal.displayName })}</Typography.Paragraph>
        <ButtonLink to="/workbench" type="primary" block size="large">
          {t('home.account.goToWorkbench')}
        </ButtonLink>
      </>
    );
  } else {
    body = (
      <>
        <Typography.Paragraph type="secondary">{t('home.account.description')}</Typography.Paragraph>
        <ButtonLink to="/login" type="primary" block size="large">
          {t('home.account.login')}
        </ButtonLink>
        <Flex gap={8} className="account-panel-register">
          <ButtonLink to="/register?kind=person" block icon={<UserOutlined aria-hidden />}>
            {t('home.account.registerPerson')}
          </ButtonLink>
          <ButtonLink to="/register?kind=enterprise" block icon={<BankOutlined aria-hidden />}>
            {t('home.account.registerEnterprise')}
          </ButtonLink>
        </Flex>
        <Link to="/staff/login" className="account-panel-staff">
          {t('home.account.staffEntry')}
        </Link>
      </>
    );
  }
  return (
    <Card className="account-panel" title={<h2 className="account-panel-title">{t('home.account.title')}</h2>}>
      {body}
    </Card>
  );
}

function AudienceCard({ audience, themes, icon }: { audience: 'person' | 'enterprise'; themes: readonly HomeTheme[]; icon: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card className={`audience-card audience-card-${audience}`}>
      <Flex gap={16} align="flex-start">
        <span className="audience-icon">{icon}</span>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Typography.Title level={3} className="audience-title">
            {t(`home.audience.${audience}.title`)}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t(`home.audience.${audience}.description`)}</Typography.Paragraph>
          <Flex wrap gap={8} className="audience-themes">
            {themes.map((theme) => (
              <Link key={theme} to={`/services?audience=${audience}&theme=${theme}`} className="theme-chip">
                {t(`catalog.themes.${theme}`)}
              </Link>
            ))}
          </Flex>
          <ButtonLink to={`/services?audience=${audience}`} type="link" className="audience-more">
            {t(`home.audience.${audience}.action`)} <RightOutlined aria-hidden />
          </ButtonLink>
        </div>
      </Flex>
    </Card>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle();
  return (
    <div className="home">
      <section className="hero" aria-labelledby="hero-title">
        <div className="hero-inner">
          <div className="hero-main">
            <Tag className="hero-badge">{t('home.heroBadge')}</Tag>
            <h1 id="hero-title" className="hero-title">
              {t('home.heroTitle')}
            </h1>
            <p className="hero-subtitle">{t('home.heroSubtitle')}</p>
            <ServiceSearch />
            <Flex wrap gap={8} align="center" className="hot-terms">
              <span>{t('home.hotSearch')}</span>
              {HOT_TERMS.map((term) => (
                <Link key={term} to={`/services?q=${encodeURIComponent(t(`home.hotTerms.${term}`))}`}>
                  {t(`home.hotTerms.${term}`)}
                </Link>
              ))}
            </Flex>
          </div>
          <AccountPanel />
        </div>
      </section>

      <section className="promise-strip" aria-label={t('home.promiseTitle')}>
        <ul className="promise-list">
          {PROMISES.map((promise) => (
            <li key={promise} className="promise-item">
              <span className="promise-icon">
                <PromiseIcon promise={promise} />
              </span>
              <span>
                <strong>{t(`home.promises.${promise}.title`)}</strong>
                <span className="promise-desc">{t(`home.promises.${promise}.description`)}</span>
              </span>
            </li>
          ))}
        </ul>
      </section>

      <div className="home-body">
        <section className="home-section" aria-labelledby="audience-title">
          <h2 id="audience-title" className="section-title">
            {t('home.audienceTitle')}
          </h2>
          <Row gutter={[16, 16]}>
            <Col xs={24} md={12}>
              <AudienceCard audience="person" themes={HOME_PERSON_THEMES.slice(0, 6)} icon={<UserOutlined aria-hidden />} />
            </Col>
            <Col xs={24} md={12}>
              <AudienceCard audience="enterprise" themes={HOME_ENTERPRISE_THEMES} icon={<BankOutlined aria-hidden />} />
            </Col>
          </Row>
        </section>

        <section className="home-section" aria-labelledby="themes-title">
          <h2 id="themes-title" className="section-title">
            {t('home.themesTitle')}
          </h2>
          <Typography.Paragraph type="secondary">{t('home.themesSubtitle')}</Typography.Paragraph>
          <ul className="theme-grid">
            {HOME_THEMES.map((theme) => (
              <li key={theme}>
                <Link to={`/services?theme=${theme}`} className="theme-tile">
                  <span className="theme-tile-icon">
                    <ThemeIcon theme={theme} />
                  </span>
                  <span className="theme-tile-title">{t(`catalog.themes.${theme}`)}</span>
                  <span className="theme-tile-desc">{t(`home.themeDescriptions.${theme}`)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <Row gutter={[16, 16]} className="home-section">
          <Col xs={24} lg={16}>
            <section aria-labelledby="steps-title" className="home-panel">
              <h2 id="steps-title" className="section-title">
                {t('home.stepsTitle')}
              </h2>
              <ol className="step-list">
                {STEPS.map((step, index) => (
                  <li key={step} className="step-item">
                    <span className="step-icon">
                      <StepIcon step={step} />
                    </span>
                    <span className="step-number">{index + 1}</span>
                    <strong>{t(`home.steps.${step}.title`)}</strong>
                    <span className="step-desc">{t(`home.steps.${step}.description`)}</span>
                  </li>
                ))}
              </ol>
            </section>
          </Col>
          <Col xs={24} lg={8}>
            <section aria-labelledby="notice-title" className="home-panel">
              <h2 id="notice-title" className="section-title">
                <NotificationOutlined aria-hidden /> {t('home.noticeTitle')}
              </h2>
              <ul className="notice-list">
                <li>
                  <Link to="/services">{t('home.notices.catalogue')}</Link>
                </li>
                <li>
                  <Link to="/services/proofs">{t('home.notices.proofs')}</Link>
                </li>
                <li>{t('home.notices.register')}</li>
                <li>{t('home.notices.hotline')}</li>
              </ul>
            </section>
          </Col>
        </Row>
      </div>
    </div>
  );
}
