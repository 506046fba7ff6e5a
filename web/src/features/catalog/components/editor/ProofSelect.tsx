import { Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEditorContext } from './EditorContext.tsx';

/**
 * Picks the proof (证明材料) a material is, from the proof catalogue. Cancelled proofs (减证便民) stay listed so the
 * maintainer sees why they are gone, but cannot be chosen; a material that still names one is marked.
 */
export function ProofSelect({ value, onChange, id, ariaLabel }: { value?: string | null; onChange?: (value: string | null) => void; id?: string; ariaLabel?: string }) {
  const { t } = useTranslation();
  const { proofs } = useEditorContext();
  // Proofs that may still be required first; cancelled ones after them, shown but not selectable.
  const ordered = [...proofs].sort((a, b) => Number(a.status === 'cancelled') - Number(b.status === 'cancelled'));
  const options = ordered.map((proof) => {
    const isCancelled = proof.status === 'cancelled';
    return {
      value: proof.code,
      disabled: isCancelled,
      searchText: `${proof.code} ${proof.name} ${proof.issuer}`,
      label: (
        <span className={isCancelled ? 'proof-option proof-option-cancelled' : 'proof-option'}>
          <span className="code-tag">{proof.code}</span> {proof.name}
          {isCancelled ? (
            <Tag color="red" className="proof-cancelled-tag">
              {t('catalogEditor.material.proofCancelled')}
            </Tag>
          ) : null}
        </span>
      ),
    };
  });
  if (value && !proofs.some((proof) => proof.code === value)) {
    options.unshift({ value, disabled: false, searchText: value, label: <span className="proof-option">{t('catalogEditor.material.proofUnknown', { code: value })}</span> });
  }
  return (
    <Select
      id={id}
      aria-label={ariaLabel}
      value={value ?? undefined}
      onChange={(next: string | undefined) => onChange?.(next ?? null)}
      allowClear
      showSearch={{ optionFilterProp: 'searchText' }}
      placeholder={t('catalogEditor.material.proofPlaceholder')}
      options={options}
    />
  );
}
