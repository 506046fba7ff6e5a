import { useState } from 'react';
import { Alert, App, Button, Form, Input, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { NewPasswordFields } from '../../../components/NewPasswordFields.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { applyApiErrorToForm } from '../../../lib/form-errors.ts';
import { useApplicantLogin } from '../../auth/hooks/useAuthMutations.ts';
import { AuthCard } from '../../auth/components/AuthCard.tsx';
import { useDocumentTitle } from '../../shell/hooks/useDocumentTitle.ts';
import type { ApplicantRegistration } from '../api/applicants-api.ts';
import { useRegisterApplicant } from '../hooks/useApplicantAccount.ts';
import { normalizeCode, useIdentityRules } from '../hooks/useIdentityRules.ts';

type Kind = ApplicantRegistration['kind'];

interface RegistrationValues {
  name: string;
  idNumber?: string;
  creditCode?: string;
  legalRepresentative?: string;
  phone: string;
  password: string;
  confirmPassword: string;
}

const FIELDS: Record<Kind, string[]> = {
  person: ['name', 'idNumber', 'phone', 'password'],
  enterprise: ['name', 'creditCode', 'legalRepresentative', 'phone', 'password'],
};

function toRegistration(kind: Kind, values: RegistrationValues): ApplicantRegistration {
  const common = { name: values.name.trim(), phone: values.phone.trim(), password: values.password };
  return kind === 'person'
    ? { kind, ...common, idNumber: normalizeCode(values.idNumber) }
    : { kind, ...common, creditCode: normalizeCode(values.creditCode), legalRepresentative: (values.legalRepresentative ?? '').trim() };
}

/** One registration form; after the account is created the applicant is logged in and taken to /me. */
function RegistrationForm({ kind }: { kind: Kind }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const rules = useIdentityRules();
  const [form] = Form.useForm<RegistrationValues>();
  const register = useRegisterApplicant();
  const login = useApplicantLogin();
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const isBusy = register.isPending || login.isPending;

  const onFinish = async (values: RegistrationValues) => {
    setGeneralErrors([]);
    const registration = toRegistration(kind, values);
    try {
      await register.mutateAsync(registration);
    } catch (error) {
      const fieldMessages = applyApiErrorToForm(form, error, FIELDS[kind]);
      if (isApiError(error, 'APPLICANT_ALREADY_REGISTERED')) setGeneralErrors([error.message]);
      else setGeneralErrors(fieldMessages);
      return;
    }
    const identifier = registration.kind === 'person' ? registration.idNumber : registration.creditCode;
    try {
      await login.mutateAsync({ identifier, password: values.password });
      void message.success(t('register.success'));
      void navigate('/me', { replace: true });
    } catch {
      void message.info(t('register.successLoginManually'));
      void navigate('/login?returnTo=%2Fme', { replace: true });
    }
  };

  const nameLabel = kind === 'person' ? t('register.name') : t('register.enterpriseName');
  return (
    <Form form={form} name={`register-${kind}`} layout="vertical" onFinish={onFinish} scrollToFirstError>
      {generalErrors.length > 0 ? (
        <Alert type="error" showIcon role="alert" title={generalErrors.join(' ')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form.Item name="name" label={nameLabel} rules={[rules.required(nameLabel), { min: 2, max: 100 }]}>
        <Input autoComplete={kind === 'person' ? 'name' : 'organization'} />
      </Form.Item>
      {kind === 'person' ? (
        <Form.Item
          name="idNumber"
          label={t('register.idNumber')}
          normalize={normalizeCode}
          validateFirst
          rules={rules.idNumber(t('register.idNumber'))}
        >
          <Input maxLength={18} autoComplete="off" inputMode="text" />
        </Form.Item>
      ) : (
        <>
          <Form.Item
            name="creditCode"
            label={t('register.creditCode')}
            normalize={normalizeCode}
            validateFirst
            rules={rules.creditCode(t('register.creditCode'))}
          >
            <Input maxLength={18} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="legalRepresentative"
            label={t('register.legalRepresentative')}
            rules={[rules.required(t('register.legalRepresentative')), { min: 2, max: 50 }]}
          >
            <Input />
          </Form.Item>
        </>
      )}
      <Form.Item name="phone" label={t('register.phone')} validateFirst rules={rules.phone(t('register.phone'))}>
        <Input maxLength={11} inputMode="numeric" autoComplete="tel" />
      </Form.Item>
      <NewPasswordFields label={t('register.password')} />
      <Button type="primary" htmlType="submit" block size="large" loading={isBusy}>
        {t('register.submit')}
      </Button>
    </Form>
  );
}

export function RegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('register.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const activeKind: Kind = searchParams.get('kind') === 'enterprise' ? 'enterprise' : 'person';
  return (
    <AuthCard
      title={t('register.title')}
      subtitle={t('register.subtitle')}
      width={520}
      footer={
        <span>
          {t('register.haveAccount')} <Link to="/login">{t('register.loginNow')}</Link>
        </span>
      }
    >
      <Tabs
        activeKey={activeKind}
        destroyOnHidden
        onChange={(key) => setSearchParams(key === 'enterprise' ? { kind: 'enterprise' } : {}, { replace: true })}
        items={[
          { key: 'person', label: t('register.tabs.person'), children: <RegistrationForm kind="person" /> },
          { key: 'enterprise', label: t('register.tabs.enterprise'), children: <RegistrationForm kind="enterprise" /> },
        ]}
      />
    </AuthCard>
  );
}
