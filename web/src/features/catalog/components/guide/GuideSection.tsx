import type { ReactNode } from 'react';

/** One numbered part of a guide: an h2 with an anchor id, so the page can be scanned, linked into and printed. */
export function GuideSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="guide-section" aria-labelledby={`guide-${id}`}>
      <div className="guide-section-head">
        <h2 id={`guide-${id}`} className="guide-section-title">
          {title}
        </h2>
      </div>
      {children}
    </section>
  );
}

/** Text as the maintainer wrote it: line breaks kept, nothing interpreted as markup. */
export function GuideText({ text, empty = '—' }: { text: string | null | undefined; empty?: string }) {
  const value = text?.trim();
  return <span className="guide-text">{value ? value : empty}</span>;
}
