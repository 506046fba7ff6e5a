/**
 * Where a finding belongs in the editor. Findings carry a JSON pointer into the content ("/materials/2/legalBasis");
 * the editor shows each one next to its element (or the card of its material, step, fee or FAQ entry) and, on click,
 * focuses the closest field it can find.
 */
import type { ImplementationContent } from '@onetrip/core';

/** The antd form's name: field ids are `<name>_<path joined by _>` (e.g. implementationEditor_materials_2_name). */
export const EDITOR_FORM_NAME = 'implementationEditor';

export type SectionId = 'basic' | 'conditions' | 'materials' | 'process' | 'limits' | 'fees' | 'result' | 'handling' | 'contact' | 'faq' | 'form';

/** The editor's sections in the order a guide reads, with the elements each one edits. */
export const SECTIONS: readonly { id: SectionId; elements: readonly (keyof ImplementationContent)[] }[] = [
  { id: 'basic', elements: ['name', 'legalBasis', 'caseKind', 'audiences', 'themes', 'crossRegionScope'] },
  { id: 'conditions', elements: ['conditions'] },
  { id: 'materials', elements: ['materials'] },
  { id: 'process', elements: ['process'] },
  { id: 'limits', elements: ['legalLimit', 'promisedLimit', 'specialProcedures'] },
  { id: 'fees', elements: ['fees'] },
  { id: 'result', elements: ['result'] },
  { id: 'handling', elements: ['onlineDepth', 'tripsToSite', 'visitReason', 'channels', 'allowsCommitment', 'quantityLimit', 'intermediaryServices', 'jointDepartments'] },
  { id: 'contact', elements: ['place', 'officeHours', 'consultationPhone', 'complaintPhone'] },
  { id: 'faq', elements: ['faq'] },
  { id: 'form', elements: ['form'] },
];

/** Lists whose members are edited in cards of their own: their findings are shown on the member's card. */
const MEMBER_CARDS = new Set(['materials', 'process', 'fees', 'faq']);

export function segmentsOf(path: string): string[] {
  if (path === '' || path === '/') return [];
  return path
    .replace(/^\//, '')
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function toPointer(segments: readonly string[]): string {
  return segments.map((s) => `/${s.replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The pointer of the element (or member card) a finding is shown at: "", "/promisedLimit", "/materials/2". */
export function anchorOf(path: string): string {
  const [element, member] = segmentsOf(path);
  if (element === undefined) return '';
  if (MEMBER_CARDS.has(element) && member !== undefined && /^\d+$/.test(member)) return toPointer([element, member]);
  return toPointer([element]);
}

export function sectionOf(path: string): SectionId | null {
  const [element] = segmentsOf(path);
  if (element === undefined) return null;
  return SECTIONS.find((section) => (section.elements as readonly string[]).includes(element))?.id ?? null;
}

/** The form field a pointer names: numeric segments are list indices; the application form is edited as JSON text. */
export function namePathOf(path: string): (string | number)[] {
  const segments = segmentsOf(path);
  if (segments[0] === 'form' && segments[1] === 'schema') return ['form', 'schemaText'];
  if (segments[0] === 'form' && segments[1] === 'ui') return ['form', 'uiText'];
  return segments.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

export function fieldIdOf(namePath: readonly (string | number)[]): string {
  return `${EDITOR_FORM_NAME}_${namePath.join('_')}`;
}

/**
 * What to look for, closest first, to show the place of a finding: the field's input, then an element marked with
 * `data-anchor` for the pointer, then the same for each shorter pointer ("/materials/2/x" → "/materials/2" → "/materials").
 */
export function revealCandidates(path: string): { fieldId: string; anchor: string }[] {
  const out: { fieldId: string; anchor: string }[] = [];
  const namePath = namePathOf(path);
  for (let length = namePath.length; length > 0; length -= 1) {
    const prefix = namePath.slice(0, length);
    out.push({ fieldId: fieldIdOf(prefix), anchor: toPointer(prefix.map(String)) });
  }
  out.push({ fieldId: '', anchor: '' });
  return out;
}

/** Server field errors point into the request body (`/content/materials/0/key`); the editor edits `content`. */
export function contentPointerOf(serverPath: string): string | null {
  if (serverPath === '/content') return '';
  return serverPath.startsWith('/content/') ? serverPath.slice('/content'.length) : null;
}
