import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LicenceStatus } from '@onetrip/core';
import type { LicenceFieldView } from '../api/wallet-api.ts';
import { LicenceStatusTag } from '../../components/LicenceStatusTag.tsx';

export interface LicenceFactsData {
  identifier: string;
  status: LicenceStatus;
  holderName: string;
  holderCodeMasked: string;
  issuer: { name: string };
  issueDate: string;
  validFrom: string;
  validUntil: string | null;
  fields: LicenceFieldView[];
  number?: string | null;
  revocationReason?: string | null;
  suspendedFrom?: string | null;
}

function formatValue(value: LicenceFieldView['value'], yes: string, no: string): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? yes : no;
  return String(value);
}

/** What a licence says (照面信息): identifier, holder (code masked), issuer, dates, status and its own fields. */
export function LicenceFacts({ licence }: { licence: LicenceFactsData }) {
  const { t } = useTranslation();
  const until = licence.validUntil ?? t('licenceWallet.fields.indefinite');
  return (
    <Descriptions
      column={1}
      size="small"
      bordered
      className="licence-facts"
      items={[
        { key: 'status', label: t('licenceWallet.fields.status'), children: <LicenceStatusTag status={licence.status} /> },
        { key: 'holder', label: t('licenceWallet.fields.holder'), children: licence.holderName },
        { key: 'holderCode', label: t('licenceWallet.fields.holderCode'), children: licence.holderCodeMasked },
        ...licence.fields.map((field) => ({ key: `field-${field.name}`, label: field.title, children: formatValue(field.value, t('licenceWallet.fields.yes'), t('licenceWallet.fields.no')) })),
        ...(licence.number ? [{ key: 'number', label: t('licenceWallet.fields.number'), children: licence.number }] : []),
        { key: 'validity', label: t('licenceWallet.fields.validity'), children: t('licenceWallet.fields.validityRange', { from: licence.validFrom, until }) },
        { key: 'issuer', label: t('licenceWallet.fields.issuer'), children: licence.issuer.name },
        { key: 'issueDate', label: t('licenceWallet.fields.issueDate'), children: licence.issueDate },
        ...(licence.suspendedFrom ? [{ key: 'suspendedFrom', label: t('licenceWallet.fields.suspendedFrom'), children: licence.suspendedFrom }] : []),
        ...(licence.revocationReason ? [{ key: 'revocationReason', label: t('licenceWallet.fields.revocationReason'), children: licence.revocationReason }] : []),
        { key: 'identifier', label: t('licenceWallet.fields.identifier'), children: <span className="licence-identifier">{licence.identifier}</span> },
      ]}
    />
  );
}
