import { useTranslation } from 'react-i18next';
import { EditorSection, ElementBlock } from './EditorSection.tsx';
import { TextListField } from './TextListField.tsx';

/** Acceptance conditions (受理条件), one per entry, without catch-all wording. */
export function ConditionsSection() {
  const { t } = useTranslation();
  return (
    <EditorSection id="conditions">
      <ElementBlock element="conditions">
        <TextListField
          name="conditions"
          label={t('catalogAdmin.elements.conditions')}
          itemLabel={(index) => t('catalogEditor.conditions.item', { index: index + 1 })}
          addLabel={t('catalogEditor.conditions.add')}
          emptyText={t('catalogEditor.conditions.empty')}
          max={50}
          maxLength={1000}
          isMultiline
          isLegendHidden
        />
      </ElementBlock>
    </EditorSection>
  );
}
