import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { PdfRenderPool } from '../../../platform/documents/index.ts';
import { escapeXml, renderSealSvg, SEAL_COLOR, sealSvgDataUrl } from './seal-picture.ts';

const pool = new PdfRenderPool({ size: 1 });
afterAll(() => pool.close());

const SEAL = { departmentName: '示例市市场监督管理局', sealName: '电子证照专用章', sealCode: '2200000012345' };

interface PlacedGlyph {
  x: number;
  y: number;
  rotate: number;
  scale: number;
}

/** The glyph paths of a seal: their centre, turn and size, read back from the transforms. */
function glyphs(svg: string): PlacedGlyph[] {
  const pattern = /<path transform="translate\(([-\d.]+) ([-\d.]+)\)(?: rotate\(([-\d.]+)\))? scale\(([-\d.]+) [-\d.]+\)[^"]*" d="M[^"]+"\/>/g;
  return [...svg.matchAll(pattern)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), rotate: Number(m[3] ?? 0), scale: Number(m[4]) }));
}

const distance = (g: PlacedGlyph): number => Math.hypot(g.x - 100, g.y - 100);

/** Fraction of the page's pixels that are seal red, rasterised by pdf.js. */
async function redShare(pdf: Uint8Array): Promise<number> {
  const task = getDocument({ data: pdf.slice(), verbosity: 0 });
  try {
    const document = await task.promise;
    const page = await document.getPage(1);
    const viewport = page.getViewport({ scale: 1 });
    const factory = document.canvasFactory as { create(w: number, h: number): { canvas: unknown; context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } } };
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
    const { data } = context.getImageData(0, 0, Math.ceil(viewport.width), Math.ceil(viewport.height));
    let red = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! > 150 && data[i + 1]! < 90 && data[i + 2]! < 90) red++;
    return red / (data.length / 4);
  } finally {
    await task.destroy();
  }
}

describe('seal picture', () => {
  it('is a standalone red round seal: two rings, a star, one outline per character', () => {
    const svg = renderSealSvg(SEAL);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="200" height="200" viewBox="0 0 200 200"/);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toContain(`stroke="${SEAL_COLOR}"`);
    expect(svg).toContain(`fill="${SEAL_COLOR}"`);
    expect(SEAL_COLOR).toBe('#d40000');
    // 10 + 7 + 13 characters, plus the star.
    expect(glyphs(svg)).toHaveLength(30);
    expect(svg.match(/<path /g)).toHaveLength(31);
    expect(svg).not.toContain('<text');
    expect(svg).toContain('aria-label="示例市市场监督管理局 电子证照专用章 2200000012345"');
  });

  it.each([4, 5, 8, 10, 14, 15, 20])('spreads a %i-character department name evenly and symmetrically over the upper arc', (count) => {
    const name = '赤峰市红山区人力资源和社会保障局行政审批科'.slice(0, count);
    const placed = glyphs(renderSealSvg({ ...SEAL, departmentName: name })).slice(0, count);
    expect(placed).toHaveLength(count);
    for (const glyph of placed) {
      expect(distance(glyph)).toBeCloseTo(70, 1);
      // The glyph's top faces outwards: its turn equals its angle from the top.
      const angle = (Math.atan2(glyph.x - 100, 100 - glyph.y) * 180) / Math.PI;
      expect(glyph.rotate).toBeCloseTo(angle, 1);
    }
    const turns = placed.map((glyph) => glyph.rotate);
    expect(turns[0]).toBeCloseTo(-turns[count - 1]!, 5);
    const steps = turns.slice(1).map((turn, index) => turn - turns[index]!);
    for (const step of steps) expect(step).toBeCloseTo(steps[0]!, 1);
    const span = turns[count - 1]! - turns[0]!;
    expect(span).toBeLessThanOrEqual(count > 14 ? 240.01 : 220.01);
    if (count >= 10) expect(span).toBeGreaterThanOrEqual(219.99);
    // Neighbours do not overlap: the size (1 em = 1000 units × scale) fits the arc between them.
    const size = placed[0]!.scale * 1000;
    expect(size).toBeLessThanOrEqual((70 * steps[0]! * Math.PI) / 180 + 0.01);
    expect(size).toBeGreaterThan(count <= 10 ? 20 : 12);
  });

  it('sets the seal name straight below the star and the code along the lower arc, upright', () => {
    const placed = glyphs(renderSealSvg(SEAL));
    const sealName = placed.slice(10, 17);
    for (const glyph of sealName) {
      expect(glyph.rotate).toBe(0);
      expect(glyph.y).toBe(148);
    }
    expect(sealName.map((g) => g.x)).toEqual([...sealName.map((g) => g.x)].sort((a, b) => a - b));
    const code = placed.slice(17);
    expect(code).toHaveLength(13);
    for (const glyph of code) {
      expect(distance(glyph)).toBeCloseTo(79, 1);
      expect(glyph.y).toBeGreaterThan(160);
      expect(glyph.scale * 1000).toBeCloseTo(8, 3);
    }
    // Left to right, symmetric about the bottom.
    expect(code[0]!.x).toBeLessThan(code[12]!.x);
    expect(code[0]!.x - 100).toBeCloseTo(100 - code[12]!.x, 1);
  });

  it('draws different names differently, and the same name the same', () => {
    expect(renderSealSvg(SEAL)).toBe(renderSealSvg({ ...SEAL }));
    expect(renderSealSvg({ ...SEAL, departmentName: '示例市市场监督管理总局' })).not.toBe(renderSealSvg(SEAL));
    // Same length, one character different: only that character's outline differs.
    const a = renderSealSvg({ ...SEAL, departmentName: '甲市市场监督管理局' });
    const b = renderSealSvg({ ...SEAL, departmentName: '乙市市场监督管理局' });
    expect(a).not.toBe(b);
    expect(glyphs(a)).toEqual(glyphs(b));
  });

  it('escapes markup in the names, so a hostile name cannot inject elements', () => {
    const svg = renderSealSvg({ departmentName: '<script>alert(1)</script>&"\'', sealName: '章</svg>', sealCode: '1\u0000"2' });
    expect(svg).not.toContain('<script');
    expect(svg.match(/<\/svg>/g)).toHaveLength(1);
    expect(svg).toContain('aria-label="&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;&apos; 章&lt;/svg&gt; 1&quot;2"');
    expect(escapeXml('a\u0001b\u000bc&<>"\'')).toBe('abc&amp;&lt;&gt;&quot;&apos;');
  });

  it('copes with an empty seal code and a very long name', () => {
    const svg = renderSealSvg({ departmentName: '某'.repeat(32), sealName: '电子证照专用章', sealCode: '' });
    const placed = glyphs(svg);
    expect(placed).toHaveLength(39);
    for (const glyph of placed.slice(0, 32)) expect(distance(glyph) + glyph.scale * 500).toBeLessThan(88.5);
  });

  it('makes a base64 data URL that decodes back to the SVG', () => {
    const svg = renderSealSvg(SEAL);
    const url = sealSvgDataUrl(svg);
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    expect(Buffer.from(url.slice('data:image/svg+xml;base64,'.length), 'base64').toString('utf8')).toBe(svg);
  });

  it('renders in a real PDF: the characters appear as red ink (more name, more ink)', async () => {
    const render = (departmentName: string): Promise<Uint8Array> =>
      pool.render({ title: '印章', pageFooter: false, content: [{ svg: renderSealSvg({ ...SEAL, departmentName }), width: 400, height: 400 }] });
    const [full, blank] = await Promise.all([render(SEAL.departmentName), render('')]);
    expect(Buffer.from(full.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const [withName, withoutName] = await Promise.all([redShare(full), redShare(blank)]);
    console.info(`[seal] red share of the page: ${(withName * 100).toFixed(2)} % with the name, ${(withoutName * 100).toFixed(2)} % without`);
    expect(withoutName).toBeGreaterThan(0.01);
    // Ten bold characters add well over a tenth more red than the rings, star, seal name and code alone.
    expect(withName).toBeGreaterThan(withoutName * 1.1);
  });
});
