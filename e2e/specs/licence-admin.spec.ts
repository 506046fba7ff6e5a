import { expect, test } from '@playwright/test';
import { StaffLoginPage } from '../pages/StaffLoginPage.ts';
import { DEMO_PASSWORD } from '../support/test-data.ts';

test('the centre administrator sees the demo licence types and seals, edits a type and rotates a seal', async ({ page }) => {
  const login = new StaffLoginPage(page);
  await login.goto();
  await login.login('center', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench$/);

  await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '证照类型' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '证照类型' })).toBeVisible();
  await page.getByRole('searchbox', { name: '按名称或代码搜索' }).fill('居民身份证');
  await page.getByRole('searchbox', { name: '按名称或代码搜索' }).press('Enter');
  const row = page.getByRole('row').filter({ hasText: '居民身份证' }).filter({ hasText: '公安部' }).first();
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: '编辑 居民身份证' }).click();
  const drawer = page.getByRole('dialog', { name: '编辑证照类型' });
  await expect(drawer.getByLabel('证照类型代码')).toBeDisabled();
  await expect(drawer.getByText('居民身份证申领 · 赤峰市公安局 — 已登记')).toBeVisible();
  await drawer.getByLabel('脚注').fill('本证照由赤峰市公安局签发（端到端测试）');
  await drawer.getByRole('button', { name: '保 存' }).or(drawer.getByRole('button', { name: '保存' })).click();
  await expect(page.getByText('证照类型已保存')).toBeVisible();

  await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '电子印章' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '电子印章' })).toBeVisible();
  const seal = page.getByRole('row').filter({ hasText: '赤峰市公安局' }).filter({ hasText: '启用' });
  await expect(seal.getByRole('img', { name: /赤峰市公安局电子证照专用章印模/ })).toBeVisible();
  await seal.getByRole('button', { name: /轮换/ }).click();
  await page.getByRole('button', { name: '轮换' }).or(page.getByRole('button', { name: '轮 换' })).last().click();
  await expect(page.getByText('已轮换，新印章已启用')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: '赤峰市公安局' }).filter({ hasText: '已轮换停用' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '电子证照生成率' })).toBeVisible();
});
