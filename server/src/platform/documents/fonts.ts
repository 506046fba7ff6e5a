import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Noto Sans SC (SIL Open Font License 1.1) from the @expo-google-fonts/noto-sans-sc npm package: full glyph
// coverage (GB 18030 level 1 and the rare name characters a subset would drop, e.g. 喆 堃 昇), no system fonts,
// nothing committed to the repository. pdfkit embeds only the glyphs a document uses (a subset per PDF), so a
// notice stays ~20–60 KB although each source file is ~10.5 MB.
const require = createRequire(import.meta.url);

export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf'),
} as const;

export interface FontBuffers {
  regular: Buffer;
  bold: Buffer;
}

/** Reads both weights (~21 MB); done once per worker thread. */
export function loadFontBuffers(): FontBuffers {
  return { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) };
}
