import { revealCandidates } from './finding-anchors.ts';

const FOCUSABLE = 'input:not([disabled]):not([type="hidden"]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

function isFocusable(element: Element): boolean {
  return element instanceof HTMLElement && element.matches(FOCUSABLE) && element.getClientRects().length > 0;
}

/**
 * Scrolls to the place a JSON pointer names and focuses it: the field itself when the form has one, else the first
 * control inside the closest marked element (`data-anchor`), else that element. Returns whether anything was found.
 */
export function focusPath(path: string, root: ParentNode = document): boolean {
  for (const candidate of revealCandidates(path)) {
    const byId = candidate.fieldId ? document.getElementById(candidate.fieldId) : null;
    const element = byId ?? root.querySelector(`[data-anchor="${CSS.escape(candidate.anchor)}"]`);
    if (!element || element.getClientRects().length === 0) continue;
    const target = isFocusable(element) ? element : (Array.from(element.querySelectorAll(FOCUSABLE)).find(isFocusable) ?? element);
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    if (target instanceof HTMLElement) target.focus({ preventScroll: true });
    return true;
  }
  return false;
}
