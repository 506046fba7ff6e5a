import { expect, test, type Page } from '@playwright/test';
import { ImplementationEditorPage } from '../pages/ImplementationEditorPage.ts';
import { StaffLoginPage } from '../pages/StaffLoginPage.ts';
import { DEMO_PASSWORD } from '../support/test-data.ts';

// A published city item of the market regulator (items.scjg). The first test needs it without a working copy; the
// later ones save one.
const ITEM = '个体工商户设立登记';

/** The smallest file the server recognises as PDF from its bytes. */
const PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

async function openEditor(page: Page): Promise<{ editor: ImplementationEditorPage; id: string; legalDays: number }> {
  const login = new StaffLoginPage(page);
  await login.goto();
  await login.login('items.scjg', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench$/);
  const list = await page.request.get('/api/catalog/implementations', { params: { q: ITEM } });
  const id = ((await list.json()) as { items: { id: string; name: string }[] }).items.find((item) => item.name === ITEM)?.id;
  expect(id, `${ITEM} in items.scjg's scope`).toBeTruthy();
  const detail = (await (await page.request.get(`/api/catalog/implementations/${id}`)).json()) as {
    current: { legalLimit: { value: number; unit: string } };
  };
  const editor = new ImplementationEditorPage(page);
  await editor.goto(id ?? '');
  await expect(editor.heading).toHaveText(`编辑：${ITEM}`);
  return { editor, id: id ?? '', legalDays: detail.current.legalLimit.value };
}

test('a promised limit beyond the legal limit blocks saving, with the finding shown, until it is fixed or discarded', async ({ page }) => {
  const { editor, legalDays } = await openEditor(page);
  // Nothing to save or submit yet: the item has no working copy and nothing was changed.
  await expect(editor.saveState).toHaveText(/所有修改均已保存/);
  await expect(editor.saveButton).toBeDisabled();
  await expect(editor.submitButton).toBeDisabled();

  await editor.setPromisedDays(String(legalDays + 5));
  await expect(editor.blockingAlert).toBeVisible();
  await expect(editor.finding('promised-exceeds-legal')).toContainText('阻止保存');
  await expect(editor.inlineFinding('promised-exceeds-legal')).toContainText('超过法定时限');
  await expect(editor.compressionRatio).toContainText('超过法定时限，不能保存');
  await expect(editor.saveButton).toBeDisabled();
  await expect(editor.submitButton).toBeDisabled();
  await expect(editor.saveState).toHaveText(/1 个问题阻止保存/);

  // Leaving with unsaved changes asks first; staying keeps the edit.
  await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '事项管理' }).click();
  await expect(editor.dialog).toContainText('离开此页面将丢失未保存的修改');
  await editor.dialog.getByRole('button', { name: '继续编辑' }).click();
  await expect(page).toHaveURL(/\/edit$/);
  await expect(editor.promisedLimitDays).toHaveValue(String(legalDays + 5));

  // Within the legal limit saving is possible again; discarding restores the stored content.
  await editor.setPromisedDays(String(legalDays));
  await expect(editor.finding('promised-exceeds-legal')).toHaveCount(0);
  await expect(editor.saveButton).toBeEnabled();
  await expect(editor.submitButton).toBeEnabled();
  await editor.discardButton.click();
  await editor.dialog.getByRole('button', { name: '放弃修改' }).click();
  await expect(editor.saveState).toHaveText(/所有修改均已保存/);
  await expect(editor.promisedLimitDays).not.toHaveValue(String(legalDays));
});

test('a save over a newer save by someone else is refused with a clear message and an offer to reload', async ({ page }) => {
  const { editor, id } = await openEditor(page);
  await editor.setPromisedDays('1');

  // Meanwhile the working copy is saved elsewhere (another tab or colleague), through the API.
  const { csrfToken } = (await (await page.request.get('/api/auth/session')).json()) as { csrfToken: string };
  const detail = (await (await page.request.get(`/api/catalog/implementations/${id}`)).json()) as { draftRevision: number; draft: object | null; current: object };
  const elsewhere = await page.request.put(`/api/catalog/implementations/${id}/draft`, {
    headers: { 'X-CSRF-Token': csrfToken },
    data: { revision: detail.draftRevision, content: { ...(detail.draft ?? detail.current), officeHours: '周一至周五 9:00–17:00（另一位维护人员修改）' } },
  });
  expect(elsewhere.status()).toBe(200);

  await editor.saveButton.click();
  const conflict = page.getByTestId('revision-conflict');
  await expect(conflict).toContainText('该事项已被他人修改');
  await expect(conflict).toContainText('您的修改不能覆盖他人的修改');
  await conflict.getByRole('button', { name: '重新加载最新内容' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(page.getByLabel('办公时间', { exact: true })).toHaveValue('周一至周五 9:00–17:00（另一位维护人员修改）');
  await expect(editor.saveState).toHaveText(/所有修改均已保存/);
});

test('a blank form is uploaded for a material, named with a download link, saved in the draft and can be removed', async ({ page }) => {
  const { editor, id } = await openEditor(page);
  const material = await editor.openMaterial('经营者居民身份证');
  const blankForm = material.locator('.ant-form-item').filter({ hasText: '空白表格' });

  // The server reads the type from the bytes: a text file named .pdf is refused with its coded message.
  await blankForm.locator('input[type=file]').setInputFiles({ name: 'fake.pdf', mimeType: 'application/pdf', buffer: Buffer.from('not a pdf') });
  await expect(page.getByText('文件类型不符')).toBeVisible();
  await expect(blankForm).toContainText('未上传');

  await blankForm.locator('input[type=file]').setInputFiles({ name: '经营者身份证空白表格.pdf', mimeType: 'application/pdf', buffer: Buffer.from(PDF) });
  await expect(page.getByText('已上传 经营者身份证空白表格.pdf')).toBeVisible();
  const link = blankForm.getByRole('link', { name: /经营者身份证空白表格\.pdf/ });
  await expect(link).toHaveAttribute('href', /^\/api\/catalog\/files\/[0-9a-f-]{36}\/content$/);
  const download = page.waitForEvent('download');
  await link.click();
  expect((await download).suggestedFilename()).toBe('经营者身份证空白表格.pdf');

  await editor.save();
  const detail = (await (await page.request.get(`/api/catalog/implementations/${id}`)).json()) as {
    draft: { materials: { name: string; blankFormFile: string | null }[] };
    files?: Record<string, { fileName: string }>;
  };
  const fileId = detail.draft.materials.find((m) => m.name === '经营者居民身份证')?.blankFormFile ?? '';
  expect(fileId).toMatch(/^[0-9a-f-]{36}$/);
  expect(detail.files?.[fileId]?.fileName).toBe('经营者身份证空白表格.pdf');

  await blankForm.getByRole('button', { name: /移除.*经营者身份证空白表格\.pdf/ }).click();
  await expect(blankForm).toContainText('未上传');
  await expect(editor.saveState).toHaveText(/有未保存的修改/);
});

test('a field is added to the application form field by field; the JSON follows and discarding takes it back', async ({ page }) => {
  const { editor } = await openEditor(page);
  const section = page.locator('#editor-section-form');
  const add = section.getByRole('group', { name: '添加字段' });
  await add.getByLabel('字段标识').fill('storeArea');
  await add.getByLabel('字段名称').fill('经营场所面积（平方米）');
  await add.getByRole('button', { name: '添加' }).click();
  await expect(section.getByRole('heading', { name: /经营场所面积（平方米）/ })).toBeVisible();
  await expect(editor.saveState).toHaveText(/有未保存的修改/);

  await section.getByRole('tab', { name: 'JSON' }).click();
  await expect(section.getByLabel('表单结构（JSON Schema）')).toHaveValue(/"storeArea": \{\s+"type": "string",\s+"maxLength": 100,\s+"title": "经营场所面积（平方米）"/);
  await expect(section.getByLabel('界面提示（JSON）')).toHaveValue(/"storeArea"\s+\]/);

  await editor.discardButton.click();
  await editor.dialog.getByRole('button', { name: '放弃修改' }).click();
  await expect(editor.saveState).toHaveText(/所有修改均已保存/);
  await expect(page.locator('#editor-section-form').getByRole('heading', { name: /经营场所面积/ })).toHaveCount(0);
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

  test('the editor stacks its columns and fits the screen', async ({ page }) => {
    const { editor } = await openEditor(page);
    await expect(editor.liveFindings).toBeVisible();
    await expect(editor.saveButton).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'document is wider than the viewport').toBeLessThanOrEqual(0);
    const findings = await editor.liveFindings.boundingBox();
    const form = await page.locator('#editor-section-basic').boundingBox();
    expect(findings && form && findings.y < form.y, 'the live check comes before the form').toBe(true);
    expect(form && form.width <= 375, 'the form fits the width').toBe(true);
  });
});
