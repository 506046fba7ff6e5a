// The part of pdfmake 0.3's Node API that we use. Deliberately not @types/pdfmake: its interfaces.d.ts carries
// `/// <reference lib="dom" />`, which would pull the DOM library into the whole server program.
declare module 'pdfmake' {
  interface OutputDocument {
    getBuffer(): Promise<Buffer>;
  }
  interface FontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }
  interface PdfMake {
    /** In-memory file system that font and image names are looked up in first. */
    virtualfs: { writeFileSync(name: string, content: Buffer): void };
    setFonts(fonts: Record<string, FontFiles>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    setTableLayouts(layouts: Record<string, object>): void;
    /** The definition is laid out as pdfmake documents it; it is mutated while laid out. */
    createPdf(definition: object): OutputDocument;
  }
  const pdfmake: PdfMake;
  export default pdfmake;
}
