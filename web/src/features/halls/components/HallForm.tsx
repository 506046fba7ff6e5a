import { useState } from 'react';
import { Alert, App, Form, Input, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyApiErrorToForm } from '../../../lib/form-errors.ts';
import { RegionTreeSelect } from '../../regions/components/RegionTreeSelect.tsx';
import { FormActions } from '../../shell/components/FormActions.tsx';
import type { Hall, HallInput } from '../api/halls-api.ts';
import { useCreateHall, useUpdateHall } from '../hooks/useHalls.ts';
import { useDefaultRegionCode } from '../../regions/hooks/useDefaultRegionCode.ts';

interface HallValues {
  name: string;
  regionCode: string;
  address: string;
  openingHours: string;
  phone?: string;
  active: boolean;
}

const FIELDS = ['name', 'regionCode', 'address', 'openingHours', 'phone', 'active'];

export function HallForm({ hall, onClose }: { hall?: Hall; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<HallValues>();
  const createHall = useCreateHall();
  const updateHall = useUpdateHall();
  const [formError, setFormError] = useState<string | null>(null);
  const defaultRegionCode = useDefaultRegionCode();
  const required = (field: string) => ({ required: true, whitespace: true, message: t('validation.required', { field }) });

  const onFinish = (values: HallValues) => {
    setFormError(null);
    const phone = values.phone?.trim();
    const common = { name: values.name.trim(), address: values.address.trim(), openingHours: values.openingHours.trim() };
    const callbacks = {
      onSuccess: () => {
        void message.success(hall ? t('common.saved') : t('common.created'));
        onClose();
      },
      onError: (error: unknown) => {
        const rest = applyApiErrorToForm(form, error, FIELDS);
        setFormError(rest.length > 0 ? rest.join(' ') : null);
      },
    };
    if (hall) updateHall.mutate({ id: hall.id, ...common, phone: phone ? phone : null, active: values.active }, callbacks);
    else createHall.mutate({ ...common, regionCode: values.regionCode, ...(phone ? { phone } : {}) } satisfies HallInput, callbacks);
  };

  return (
    <Form<HallValues>
      form={form}
      name="hall"
      layout="vertical"
      onFinish={onFinish}
      initialValues={
        hall
          ? { name: hall.name, regionCode: hall.regionCode, address: hall.address, openingHours: hall.openingHours, phone: hall.phone ?? '', active: hall.active }
          : { active: true, ...(defaultRegionCode ? { regionCode: defaultRegionCode } : {}) }
      }
    >
      {formError ? <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} /> : null}
      <Form.Item name="name" label={t('halls.name')} rules={[required(t('halls.name')), { min: 2, max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label={t('halls.region')}
        extra={hall ? t('halls.regionFixed') : undefined}
        rules={[{ required: true, message: t('validation.required', { field: t('halls.region') }) }]}
      >
        <RegionTreeSelect disabled={Boolean(hall)} />
      </Form.Item>
      <Form.Item name="address" label={t('halls.address')} rules={[required(t('halls.address')), { min: 2, max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="openingHours" label={t('halls.openingHours')} rules={[required(t('halls.openingHours')), { min: 2, max: 200 }]}>
        <Input placeholder={t('halls.openingHoursPlaceholder')} />
      </Form.Item>
      <Form.Item name="phone" label={t('halls.phone')} rules={[{ max: 40 }]}>
        <Input inputMode="tel" />
      </Form.Item>
      {hall ? (
        <Form.Item name="active" label={t('common.status')} valuePropName="checked">
          <Switch checkedChildren={t('common.active')} unCheckedChildren={t('common.inactive')} />
        </Form.Item>
      ) : null}
      <FormActions onCancel={onClose} isSubmitting={createHall.isPending || updateHall.isPending} />
    </Form>
  );
}
