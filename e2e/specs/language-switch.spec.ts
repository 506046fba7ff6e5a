import { expect, test } from '@playwright/test';
import { HomePage } from '../pages/HomePage.ts';

test('the language switch turns the home page into English and back, and is remembered', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await expect(home.heading).toHaveText('网上办事大厅');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  await home.header.switchLanguage('English');
  await expect(home.heading).toHaveText('Online Service Hall');
  await expect(page.getByRole('heading', { name: 'Life events' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');

  await page.reload();
  await expect(home.heading).toHaveText('Online Service Hall');

  await home.header.switchLanguage('中文');
  await expect(home.heading).toHaveText('网上办事大厅');
  await expect(page.getByRole('heading', { name: '主题服务' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('server messages follow the chosen language', async ({ page }) => {
  await page.goto('/staff/login');
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password', { exact: true }).fill('wrong-password');
  await page.getByRole('button', { name: 'Log in' }).click();
  const error = page.getByTestId('login-error');
  await expect(error).toBeVisible();
  await expect(error).not.toContainText(/[\u4e00-\u9fff]/);
});
