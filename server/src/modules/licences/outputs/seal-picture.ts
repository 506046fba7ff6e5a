/**
 * The picture of an electronic seal (GB/T 38540 印章图像): a red round official seal as standalone SVG.
 *
 * Layout (viewBox 0 0 200 200): a thick outer ring and a thin inner ring, the department name along the upper arc
 * (one glyph per character, rotated so its foot points at the centre, spread evenly over up to 220°, 240° for more
 * than 14 characters), a five-pointed star in the middle, the seal name (e.g. 电子证照专用章) straight below the
 * star and the seal code small along the lower arc, upright for a reader.
 *
 * Characters are drawn as outlines (`<path>`), taken from the embedded Noto Sans SC (bold for the name and the seal
 * name, regular for the code) with fontkit — not as `<text>`. Why: pdfmake's SVG renderer (svg-to-pdfkit) asks
 * pdfkit to open the font by its pdfmake virtual-file name, which pdfkit looks for on disk, so SVG text silently
 * falls back to whatever font happens to be current (Helvetica on an empty page: no Chinese). Outlines look the
 * same in a PDF, in a browser without Chinese fonts and in any SVG viewer, and a seal is a picture anyway; the
 * names stay readable for assistive technology in `aria-label`. A picture of a 20-character name is ≈ 27 KB; the
 * first call in a process reads the two font files (≈ 45 ms), later ones take ≈ 3 ms.
 * Only SVG features svg-to-pdfkit supports are used: circle, path, `transform` (translate/rotate/scale), fill and
 * stroke.
 */
import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkit';
import { FONT_FILES } from '../../../platform/documents/fonts.ts';

export const SEAL_COLOR = '#d40000';
const CENTER = 100;
const NAME_RADIUS = 70;
const CODE_RADIUS = 79;
const MAX_NAME_SPAN_DEGREES = 240;
/** Vertical centre of a CJK ideograph in Noto Sans SC's units (its ideographic em box runs from −120 to 880). */
const IDEOGRAPH_MIDDLE = 380;

export interface SealPictureInput {
  /** Printed along the upper arc; 4–20 characters read well (more are shrunk to fit). */
  departmentName: string;
  /** Printed below the star, e.g. 电子证照专用章. */
  sealName: string;
  /** Printed small along the lower arc. */
  sealCode: string;
}

let fonts: { bold: Font; regular: Font } | null = null;

/** The two weights, parsed once per thread (≈ 20 ms; glyph outlines are read lazily). */
function sealFonts(): { bold: Font; regular: Font } {
  fonts ??= { bold: create(readFileSync(FONT_FILES.bold)), regular: create(readFileSync(FONT_FILES.regular)) };
  return fonts;
}

/** Escapes text for XML content and attribute values, and drops characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const round = (value: number): string => String(Math.round(value * 100) / 100);
const characters = (text: string): string[] => Array.from(text.replace(/\s+/g, ' ').trim());

/** A glyph's outline with coordinates rounded to whole font units (1/1000 em: far below what can be seen). */
function outline(font: Font, character: string): { d: string; advance: number } {
  const glyph = font.glyphsForString(character)[0];
  if (glyph === undefined) return { d: '', advance: font.unitsPerEm };
  const d = glyph.path.toSVG().replace(/-?\d+(\.\d+)?(e-?\d+)?/g, (n) => String(Math.round(Number(n))));
  return { d, advance: glyph.advanceWidth };
}

/** One character as a path centred on (x, y), `size` units high (1 em), turned `rotate` degrees clockwise. */
function glyphPath(font: Font, character: string, x: number, y: number, rotate: number, size: number): string {
  if (character.trim() === '') return '';
  const { d, advance } = outline(font, character);
  if (d === '') return '';
  const scale = size / font.unitsPerEm;
  const turn = rotate === 0 ? '' : ` rotate(${round(rotate)})`;
  return `<path transform="translate(${round(x)} ${round(y)})${turn} scale(${scale.toFixed(5)} ${(-scale).toFixed(5)}) translate(${-advance / 2} ${-IDEOGRAPH_MIDDLE})" d="${d}"/>`;
}

/** Where a point sits at `angle` degrees clockwise from the top, on a circle of `radius` round the centre. */
function pointAt(angle: number, radius: number): { x: number; y: number } {
  const radians = (angle * Math.PI) / 180;
  return { x: CENTER + radius * Math.sin(radians), y: CENTER - radius * Math.cos(radians) };
}

/**
 * The department name on the upper arc: evenly spread, the span growing with the count (30° a step) up to 240°,
 * the size bounded by the arc length per character: 22 units for short names, ≈ 14 for 20 characters.
 */
function upperArc(font: Font, name: string): string {
  const chars = characters(name);
  if (chars.length === 0) return '';
  // Up to 14 characters the arc stops at 220° so that its ends stay clear of the seal name below the star.
  const maxSpan = chars.length > 14 ? MAX_NAME_SPAN_DEGREES : 220;
  const span = chars.length === 1 ? 0 : Math.min(maxSpan, 30 * (chars.length - 1));
  const step = chars.length === 1 ? 0 : span / (chars.length - 1);
  const perCharacter = chars.length === 1 ? 22 : (NAME_RADIUS * step * Math.PI) / 180;
  const size = Math.max(6, Math.min(22, perCharacter * 0.92));
  return chars
    .map((character, index) => {
      const angle = -span / 2 + index * step;
      const { x, y } = pointAt(angle, NAME_RADIUS);
      return glyphPath(font, character, x, y, angle, size);
    })
    .join('');
}

/** The seal code on the lower arc, read left to right, characters upright with their tops towards the centre. */
function lowerArc(font: Font, code: string): string {
  const chars = characters(code);
  if (chars.length === 0) return '';
  const size = chars.length > 24 ? 6 : 8;
  const step = Math.min(((size * 0.7) / CODE_RADIUS) * (180 / Math.PI), 150 / chars.length);
  const span = step * (chars.length - 1);
  return chars
    .map((character, index) => {
      const angle = 180 + span / 2 - index * step;
      const { x, y } = pointAt(angle, CODE_RADIUS);
      return glyphPath(font, character, x, y, angle - 180, size);
    })
    .join('');
}

/** The seal name straight below the star, set with the font's advances and shrunk to fit 100 units. */
function sealNameLine(font: Font, sealName: string): string {
  const chars = characters(sealName);
  if (chars.length === 0) return '';
  const advances = chars.map((character) => outline(font, character).advance / font.unitsPerEm);
  const ems = advances.reduce((sum, advance) => sum + advance, 0);
  const size = Math.max(5, Math.min(15, 100 / ems));
  let x = CENTER - (ems * size) / 2;
  return chars
    .map((character, index) => {
      const width = advances[index]! * size;
      const path = glyphPath(font, character, x + width / 2, 148, 0, size);
      x += width;
      return path;
    })
    .join('');
}

function starPath(outer: number, cy: number): string {
  const inner = outer * 0.382;
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const angle = (i * 36 * Math.PI) / 180;
    points.push(`${round(CENTER + radius * Math.sin(angle))} ${round(cy - radius * Math.cos(angle))}`);
  }
  return `M${points.join('L')}Z`;
}

/** A red round official seal as a standalone SVG document (viewBox 0 0 200 200), text drawn as outlines. */
export function renderSealSvg(input: SealPictureInput): string {
  const { bold, regular } = sealFonts();
  const label = escapeXml(characters(`${input.departmentName} ${input.sealName} ${input.sealCode}`).join(''));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200" viewBox="0 0 200 200" role="img" aria-label="${label}">`,
    `<g fill="none" stroke="${SEAL_COLOR}">`,
    `<circle cx="100" cy="100" r="95" stroke-width="5"/>`,
    `<circle cx="100" cy="100" r="88.5" stroke-width="1.2"/>`,
    `</g>`,
    `<g fill="${SEAL_COLOR}">`,
    `<path d="${starPath(25, 98)}"/>`,
    upperArc(bold, input.departmentName),
    sealNameLine(bold, input.sealName),
    lowerArc(regular, input.sealCode),
    `</g>`,
    `</svg>`,
  ].join('');
}

/** `data:image/svg+xml;base64,…` of a seal picture (for `<img src>` and the notices' `SealImage.dataUrl`). */
export function sealSvgDataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}
