import { useTranslation } from 'react-i18next';
import { sectionDomId } from './EditorSection.tsx';
import { SECTIONS } from './finding-anchors.ts';

/** Jump links to the editor's sections (wide screens, beside the live check). */
export function SectionNav() {
  const { t } = useTranslation();
  return (
    <nav className="editor-section-nav" aria-label={t('catalogEditor.sectionNav')}>
      <h2 className="card-title">{t('catalogEditor.sectionNav')}</h2>
      <ul>
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a
              href={`#${sectionDomId(section.id)}`}
              onClick={(event) => {
                // Scroll without touching the URL: the router owns it (and the unsaved-changes guard watches it).
                event.preventDefault();
                const target = document.getElementById(sectionDomId(section.id));
                target?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                target?.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
              }}
            >
              {t(`catalogEditor.sections.${section.id}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
