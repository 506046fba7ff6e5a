import { expect, test, type Page } from '@playwright/test';
import { HomePage } from '../pages/HomePage.ts';
import { StaffLoginPage } from '../pages/StaffLoginPage.ts';
import { DEMO_PASSWORD } from '../support/test-data.ts';

test.use({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => ({
    document: document.documentElement.scrollWidth - window.innerWidth,
    body: document.body.scrollWidth - window.innerWidth,
  }));
  expect(overflow.document, 'document is wider than the viewport').toBeLessThanOrEqual(0);
  expect(overflow.body, 'body is wider than the viewport').toBeLessThanOrEqual(0);
}

test('at 375 px the home page fits and its navigation moves into a menu', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await expect(home.heading).toBeVisible();
  await expectNoHorizontalOverflow(page);

  await home.header.menuButton().click();
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByRole('link', { name: '个人办事' })).toBeVisible();
  await expect(drawer.getByRole('link', { name: '工作人员登录' })).toBeVisible();
  await drawer.getByRole('link', { name: '工作人员登录' }).click();
  await expect(page).toHaveURL(/\/staff\/login$/);
});

test('at 375 px a staff member can log in and use the workbench', async ({ page }) => {
  const login = new StaffLoginPage(page);
  await login.goto();
  await expectNoHorizontalOverflow(page);
  await login.login('admin', DEMO_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: '您好，系统管理员' })).toBeVisible();
  await expectNoHorizontalOverflow(page);

  await page.goto('/admin/departments');
  await expect(page.getByRole('heading', { level: 1, name: '部门管理' })).toBeVisible();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoHorizontalOverflow(page);
});

test('at 375 px the catalogue and a guide fit, with filters wrapping and tables scrolling inside their box', async ({ page }) => {
  await page.goto('/services?audience=person');
  await expect(page.getByRole('heading', { level: 1, name: '个人办事' })).toBeVisible();
  await expect(page.locator('.service-list').getByRole('listitem').first()).toBeVisible();
  await expectNoHorizontalOverflow(page);

  await page.locator('.service-list').getByRole('listitem').first().getByRole('heading').getByRole('link').click();
  await expect(page).toHaveURL(/\/services\/[0-9A-Z]{31}$/);
  await expect(page.getByRole('region', { name: '申请材料' }).getByRole('table')).toBeVisible();
  await expectNoHorizontalOverflow(page);
});
