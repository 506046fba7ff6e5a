import { expect, test } from '@playwright/test';
import { StaffLoginPage } from '../pages/StaffLoginPage.ts';
import { DEMO_PASSWORD } from '../support/test-data.ts';

/** A valid resident ID number (GB 11643 check character) of someone without an account. */
function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11]!;
}

test('a department imports stock licences: a bad row imports nothing and is reported, a good file is issued', async ({ page }) => {
  const login = new StaffLoginPage(page);
  await login.goto();
  await login.login('items.scjg', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench$/);

  await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '存量证照导入' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '存量证照导入' })).toBeVisible();
  // The item administrator's own department is chosen already; the type is picked.
  await expect(page.getByText('赤峰市市场监督管理局')).toBeVisible();
  await page.getByLabel('证照类型').click();
  // antd's visible option (its accessible twins are hidden).
  await page.locator('.ant-select-item-option', { hasText: '食品经营许可证' }).click();

  // The CSV template of the type: its header row decides the file's columns.
  const href = await page.getByRole('link', { name: /下载 CSV 模板/ }).getAttribute('href');
  const template = await page.request.get(href!);
  expect(template.ok()).toBe(true);
  const headers = (await template.text()).replace(/^\uFEFF/, '').trim().split(',');
  expect(headers.slice(0, 7)).toEqual(['持证主体名称*', '持证主体代码类型*', '持证主体代码*', '证照编号*', '颁证日期*', '有效期起始', '有效期截止']);
  const row = (code: string, number: string) => [
    '端到端测试人', '111', code, number, '2024-03-01', '', '2029-02-28',
    ...headers.slice(7).map((h) => (h.includes('面积') ? '42' : '端到端测试')),
  ].join(',');
  const good = residentId('15040219750505123');
  const bad = `${good.slice(0, 17)}${good.endsWith('1') ? '2' : '1'}`;
  const fileOf = (...rows: string[]) => ({ name: '存量证照.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${[headers.join(','), ...rows].join('\r\n')}\r\n`) });

  const input = page.locator('input[type=file]');
  await input.setInputFiles(fileOf(row(good, 'E2E-0001'), row(bad, 'E2E-0002')));
  await expect(page.getByText('发现 1 个问题，未导入任何证照')).toBeVisible();
  const problem = page.getByRole('row').filter({ hasText: 'RESIDENT_ID_INVALID' });
  await expect(problem.getByRole('cell').first()).toHaveText('3');
  await expect(problem).toContainText('持证主体代码');
  await expect(page.getByRole('link', { name: /下载错误清单/ })).toHaveAttribute('href', /\/errors\.csv$/);

  await input.setInputFiles(fileOf(row(good, 'E2E-0001')));
  await expect(page.getByText('已导入 1 张电子证照')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: '导入进度' })).toHaveAttribute('aria-valuenow', '100');
  const recent = page.getByRole('region').or(page.locator('.ant-card')).filter({ has: page.getByRole('heading', { name: '最近导入' }) });
  await expect(recent.getByRole('row').filter({ hasText: '已导入' }).first()).toContainText('1 张');
  await expect(recent.getByRole('row').filter({ hasText: '未导入' }).first()).toContainText('1 个问题');
});
