import { Alert, Card, Descriptions, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format.ts';
import { useSession } from '../../auth/hooks/useSession.ts';
import { ButtonLink } from '../../shell/components/ButtonLink.tsx';
import { PageHeader } from '../../shell/components/PageHeader.tsx';
import { PageLoading } from '../../shell/components/PageLoading.tsx';
import { useMyAccount } from '../hooks/useApplicantAccount.ts';
import { EnterprisesCard } from './EnterprisesCard.tsx';
import { OperatorsCard } from './OperatorsCard.tsx';

/** The applicant's account: masked identity data and, by kind, operators or operated enterprises. */
export function MePage() {
  const { t, i18n } = useTranslation();
  const { principal } = useSession();
  const account = useMyAccount();
  const applicant = principal?.kind === 'applicant' ? principal : null;
  if (account.isPending) return <PageLoading />;

  const view = account.data;
  const kind = view?.kind ?? applicant?.applicantKind ?? 'person';
  const name = view?.name ?? applicant?.name ?? '';
  const items = [
    { key: 'kind', label: t('me.kind'), children: <Tag color="blue">{t(`me.kinds.${kind}`)}</Tag> },
    { key: 'name', label: kind === 'person' ? t('me.personName') : t('me.enterpriseName'), children: name },
    kind === 'person'
      ? { key: 'idNumber', label: t('me.idNumber'), children: view?.idNumberMasked ?? applicant?.idNumberMasked ?? '—' }
      : { key: 'creditCode', label: t('me.creditCode'), children: view?.creditCode ?? applicant?.creditCode ?? '—' },
    ...(kind === 'enterprise' && view?.legalRepresentative
      ? [{ key: 'legalRepresentative', label: t('me.legalRepresentative'), children: view.legalRepresentative }]
      : []),
    { key: 'phone', label: t('me.phone'), children: view?.phoneMasked ?? applicant?.phoneMasked ?? '—' },
    ...(view?.createdAt ? [{ key: 'createdAt', label: t('me.registeredAt'), children: formatDateTime(view.createdAt, i18n.language) }] : []),
  ];

  return (
    <div className="portal-page">
      <PageHeader title={t('me.title')} description={t('me.welcome', { name })} extra={<><ButtonLink type="primary" to="/me/cases">{t('cases.mine.title')}</ButtonLink><ButtonLink to="/me/licences">{t('licenceWallet.nav.myLicences')}</ButtonLink></>} />
      <Flex vertical gap={16}>
        {account.isError ? <Alert type="warning" showIcon title={t('me.loadFailed')} /> : null}
        <Card title={<h2 className="card-title">{t('me.details')}</h2>}>
          <Descriptions column={{ xs: 1, sm: 1, md: 2 }} items={items} />
        </Card>
        {kind === 'enterprise' ? <OperatorsCard /> : <EnterprisesCard />}
      </Flex>
    </div>
  );
}
