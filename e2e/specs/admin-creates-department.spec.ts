import { expect, test } from '@playwright/test';
import { DepartmentsPage } from '../pages/DepartmentsPage.ts';
import { StaffLoginPage } from '../pages/StaffLoginPage.ts';
import { DEMO_PASSWORD, uniqueCreditCode } from '../support/test-data.ts';

test('a system administrator logs in, creates a department and finds it in the list', async ({ page }) => {
  const login = new StaffLoginPage(page);
  await login.goto();
  await login.login('admin', DEMO_PASSWORD);

  await expect(page).toHaveURL(/\/workbench$/);
  await expect(page.getByRole('heading', { level: 1, name: '您好，系统管理员' })).toBeVisible();

  await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '部门管理' }).click();
  const departments = new DepartmentsPage(page);
  await expect(departments.heading).toBeVisible();

  const creditCode = uniqueCreditCode();
  const name = `赤峰市端到端测试局${creditCode.slice(10, 16)}`;
  await departments.create({ name, creditCode });
  await expect(page.getByText('已创建')).toBeVisible();
  await expect(departments.drawer).toBeHidden();

  await departments.searchFor(name);
  const row = departments.row(name);
  await expect(row).toBeVisible();
  await expect(row).toContainText(creditCode);
  await expect(row).toContainText('赤峰市');
});

test('the department form rejects a credit code with a wrong check character before submitting', async ({ page }) => {
  const login = new StaffLoginPage(page);
  await login.goto();
  await login.login('admin', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench$/);
  await page.goto('/admin/departments');

  const departments = new DepartmentsPage(page);
  const valid = uniqueCreditCode();
  const wrong = valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0');
  await departments.create({ name: '校验位测试局', creditCode: wrong });
  await expect(departments.drawer.getByText('统一社会信用代码校验位错误，请核对最后一位')).toBeVisible();
});
