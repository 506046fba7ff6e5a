import { expect, test } from '@playwright/test';

test('an unknown address shows the 404 page with a way home', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.ok()).toBe(true);
  await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
  await page.getByRole('link', { name: '返回首页' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: '网上办事大厅' })).toBeVisible();
});

test('the admin area sends a visitor to the staff login and back', async ({ page }) => {
  await page.goto('/admin/staff');
  await expect(page).toHaveURL(/\/staff\/login\?returnTo=%2Fadmin%2Fstaff$/);
  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码', { exact: true }).fill('OneTrip@2026');
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await expect(page).toHaveURL(/\/admin\/staff$/);
  await expect(page.getByRole('heading', { level: 1, name: '人员管理' })).toBeVisible();
});
