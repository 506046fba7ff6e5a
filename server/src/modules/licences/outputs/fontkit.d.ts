// The part of fontkit 2's API that the seal picture uses (fontkit ships no types; it comes with pdfmake's pdfkit).
declare module 'fontkit' {
  interface Glyph {
    id: number;
    advanceWidth: number;
    path: { toSVG(): string };
  }
  interface Font {
    unitsPerEm: number;
    glyphsForString(text: string): Glyph[];
  }
  export function create(buffer: Uint8Array): Font;
}
