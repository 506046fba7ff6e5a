import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditActions, Client, createTestContext, staffClient, type TestContext } from '../../../../test/test-app.ts';
import { sampleContent } from '../../../../test/catalog-fixtures.ts';
import path from 'node:path';
import { seedDemoCatalog } from '../../../seed/seed-catalog.ts';
import { LocalDiskStorage } from '../../../platform/files/file-storage.ts';

let ctx: TestContext;
let maintainer: Client; // item_admin of 赤峰市市场监督管理局
let center: Client;

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

function form(name: string, bytes: Uint8Array, type = 'application/octet-stream'): FormData {
  const fd = new FormData();
  fd.append('file', new Blob([bytes], { type }), name);
  return fd;
}

async function upload(client: Client, name: string, bytes: Uint8Array) {
  return client.postForm('/api/catalog/files', form(name, bytes));
}

beforeAll(async () => {
  ctx = await createTestContext();
  maintainer = await staffClient(ctx, 'items.scjg');
  center = await staffClient(ctx, 'center');
});
afterAll(async () => { await ctx.close(); });

describe('uploading blank forms and samples', () => {
  it('stores a PDF under its SHA-256, records who uploaded it, and serves it back byte for byte', async () => {
    const res = await upload(maintainer, '食品经营许可申请书（空白）.pdf', PDF);
    expect(res.statusCode).toBe(201);
    const file = res.json();
    expect(file).toMatchObject({ fileName: '食品经营许可申请书（空白）.pdf', mediaType: 'application/pdf', size: PDF.byteLength });
    expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await auditActions(ctx, file.id)).toEqual(['catalog_file.uploaded']);
    const meta = await center.get(`/api/catalog/files/${file.id}`);
    expect(meta.json()).toMatchObject({ id: file.id, fileName: file.fileName });
    const content = await center.get(`/api/catalog/files/${file.id}/content`);
    expect(content.statusCode).toBe(200);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    expect(new Uint8Array(content.rawPayload)).toEqual(PDF);
  });

  it('checks the type from the content: a renamed file, an unknown format and an empty file are refused', async () => {
    const renamed = await upload(maintainer, 'form.pdf', PNG);
    expect(renamed.statusCode).toBe(415);
    expect(renamed.json().error.code).toBe('CATALOG_FILE_TYPE_NOT_ALLOWED');
    const script = await upload(maintainer, 'run.sh', new TextEncoder().encode('#!/bin/sh\nrm -rf /\n'));
    expect(script.json().error.code).toBe('CATALOG_FILE_TYPE_NOT_ALLOWED');
    const html = await upload(maintainer, 'page.pdf', new TextEncoder().encode('<html><script>alert(1)</script></html>'));
    expect(html.json().error.code).toBe('CATALOG_FILE_TYPE_NOT_ALLOWED');
    expect((await upload(maintainer, 'empty.pdf', new Uint8Array())).json().error.code).toBe('CATALOG_FILE_MISSING');
    expect((await upload(maintainer, 'sample.png', PNG)).statusCode).toBe(201);
  });

  it('refuses a file over 10 MiB with a coded 413, and a request without a file with a coded 400', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PDF);
    const res = await upload(maintainer, 'big.pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('CATALOG_FILE_TOO_LARGE');
    const none = await maintainer.post('/api/catalog/files', { file: 'not a file' });
    expect(none.statusCode).toBe(400);
    expect(none.json().error.code).toBe('CATALOG_FILE_MISSING');
  });

  it('from the attacker\'s side: the public and applicants cannot upload or read staff files', async () => {
    const anonymous = new Client(ctx.app);
    expect((await upload(anonymous, 'x.pdf', PDF)).statusCode).toBe(401);
    const applicant = new Client(ctx.app);
    expect((await applicant.loginApplicant('13904760001')).statusCode).toBe(200);
    expect((await upload(applicant, 'x.pdf', PDF)).statusCode).toBe(403);
    const file = (await upload(maintainer, 'a.pdf', PDF)).json();
    expect((await anonymous.get(`/api/catalog/files/${file.id}/content`)).statusCode).toBe(401);
    expect((await applicant.get(`/api/catalog/files/${file.id}`)).statusCode).toBe(403);
  });
});

describe('guides offer their files', () => {
  it('refuses content referring to a file that does not exist, and changes nothing', async () => {
    const basic = (await center.post('/api/catalog/basic-items', { typeCode: '01', mainNumber: 911, name: '附件测试事项', legalBasis: '《测试条例》第一条', level: 3 })).json();
    const content = sampleContent();
    content.materials[0]!.blankFormFile = '00000000-0000-4000-8000-000000000000';
    content.result.sampleFile = 'not-a-file-id';
    const res = await maintainer.post('/api/catalog/implementations', { basicCode: basic.code, content });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('CATALOG_FILE_REFERENCE_INVALID');
    expect(res.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['/content/materials/0/blankFormFile', '/content/result/sampleFile']);
    expect(await ctx.db.selectFrom('implementations').select('id').where('basic_code', '=', basic.code).execute()).toEqual([]);
  });

  it('a published guide lists its blank form and sample and the public downloads them; a draft\'s file stays private', async () => {
    const blank = (await upload(maintainer, '申请表.pdf', PDF)).json();
    const sample = (await upload(maintainer, '填写示例.png', PNG)).json();
    const basic = (await center.post('/api/catalog/basic-items', { typeCode: '01', mainNumber: 912, name: '附件下载测试事项', legalBasis: '《测试条例》第二条', level: 3 })).json();
    const content = sampleContent();
    content.materials[0]!.blankFormFile = blank.id;
    content.materials[0]!.sampleFile = sample.id;
    const created = await maintainer.post('/api/catalog/implementations', { basicCode: basic.code, content });
    expect(created.statusCode, created.body).toBe(201);
    const impl = created.json();
    expect(impl.files).toEqual({
      [blank.id]: { fileName: '申请表.pdf', mediaType: 'application/pdf', size: PDF.byteLength },
      [sample.id]: { fileName: '填写示例.png', mediaType: 'image/png', size: PNG.byteLength },
    });
    // Not published yet: the public gets nothing.
    expect((await ctx.app.inject(`/api/public/catalog/items/${impl.code}/files/${blank.id}`)).statusCode).toBe(404);
    await maintainer.post(`/api/catalog/implementations/${impl.id}/submit`);
    expect((await center.post(`/api/catalog/implementations/${impl.id}/publish`)).statusCode).toBe(200);
    const guide = (await ctx.app.inject(`/api/public/catalog/items/${impl.code}`)).json();
    expect(Object.keys(guide.files).sort()).toEqual([blank.id, sample.id].sort());
    const download = await ctx.app.inject(`/api/public/catalog/items/${impl.code}/files/${blank.id}`);
    expect(download.statusCode).toBe(200);
    expect(new Uint8Array(download.rawPayload)).toEqual(PDF);
    expect(download.headers['cache-control']).toBe('public, max-age=300');
    const etag = download.headers['etag'] as string;
    expect((await ctx.app.inject({ url: `/api/public/catalog/items/${impl.code}/files/${blank.id}`, headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    // A file that exists but that this guide does not refer to is not served through it.
    const other = (await upload(maintainer, 'other.pdf', new TextEncoder().encode('%PDF-1.4 other'))).json();
    expect((await ctx.app.inject(`/api/public/catalog/items/${impl.code}/files/${other.id}`)).statusCode).toBe(404);
  });
});

describe('the guide\'s QR address', () => {
  it('is the guide page under PUBLIC_URL when one is configured, and null otherwise', async () => {
    const code = (await ctx.app.inject('/api/public/catalog/items')).json().items[0].code as string;
    expect((await ctx.app.inject(`/api/public/catalog/items/${code}`)).json().url).toBeNull();
    const withUrl = await createTestContext({ env: { PUBLIC_URL: 'https://zwfw.example.gov.cn' } });
    try {
      await seedDemoCatalog(withUrl.db, { files: new LocalDiskStorage(path.join(withUrl.config.dataDir, 'files')) });
      const demoCode = (await withUrl.app.inject('/api/public/catalog/items')).json().items[0].code as string;
      expect((await withUrl.app.inject(`/api/public/catalog/items/${demoCode}`)).json().url).toBe(`https://zwfw.example.gov.cn/services/${demoCode}`);

      // The demo seed gives application forms a generated blank form and sample; the public downloads them.
      const withForms = await withUrl.db.selectFrom('catalog_files').select(['id', 'file_name']).execute();
      expect(withForms.length).toBeGreaterThanOrEqual(10);
      const setup = (await withUrl.app.inject(`/api/public/catalog/items?q=${encodeURIComponent('个体工商户设立登记')}`)).json().items[0];
      const setupGuide = (await withUrl.app.inject(`/api/public/catalog/items/${setup.code}`)).json();
      const form = setupGuide.content.materials.find((m: { name: string }) => m.name.includes('授权委托书'));
      expect(setupGuide.files[form.blankFormFile].fileName).toBe('授权委托书（空白）.xlsx');
      const download = await withUrl.app.inject(`/api/public/catalog/items/${setup.code}/files/${form.sampleFile}`);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    } finally {
      await withUrl.close();
    }
  });
});
