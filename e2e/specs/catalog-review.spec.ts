import { randomInt } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { CatalogWorkbenchPage } from '../pages/CatalogWorkbenchPage.ts';
import { GuidePage } from '../pages/GuidePage.ts';
import { StaffLoginPage } from '../pages/StaffLoginPage.ts';
import { StaffApi } from '../support/staff-api.ts';
import { DEMO_PASSWORD } from '../support/test-data.ts';

// A published demo item of the city market regulator, whose item maintainer is items.scjg.
const ITEM = '个体工商户变更登记';

interface Detail {
  id: string;
  code: string;
  draftRevision: number;
  currentVersion: number | null;
  current: { faq: { question: string; answer: string }[] } & Record<string, unknown>;
}

test('the item maintainer submits a change, the centre reviews its findings and diff and publishes it', async ({ page, playwright, baseURL }) => {
  // Setup through the API (editing in the browser is a later increment): items.scjg saves a working copy with a new FAQ.
  const question = `端到端测试问题 ${randomInt(100_000, 999_999)}：可以委托他人办理吗？`;
  const maintainer = await StaffApi.login(playwright.request, baseURL ?? '', 'items.scjg');
  const list = await maintainer.get<{ items: { id: string; name: string }[] }>('/api/catalog/implementations', { q: ITEM });
  const id = list.items.find((item) => item.name === ITEM)?.id;
  expect(id, `${ITEM} in items.scjg's scope`).toBeTruthy();
  const before = await maintainer.get<Detail>(`/api/catalog/implementations/${id}`);
  await maintainer.put(`/api/catalog/implementations/${id}/draft`, {
    revision: before.draftRevision,
    content: { ...before.current, faq: [...before.current.faq, { question, answer: '可以，携带授权委托书和受托人身份证件。' }] },
  });
  await maintainer.dispose();
  const nextVersion = (before.currentVersion ?? 0) + 1;

  // The item maintainer submits the working copy for review.
  const login = new StaffLoginPage(page);
  await login.goto();
  await login.login('items.scjg', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench$/);
  const catalog = new CatalogWorkbenchPage(page);
  await page.goto(`/workbench/catalog/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: ITEM })).toBeVisible();
  await expect(catalog.statusTag('草稿')).toBeVisible();
  await catalog.runAction('提交审核');
  await expect(page.getByText('已提交审核')).toBeVisible();
  await expect(catalog.statusTag('待审核')).toBeVisible();
  await expect(catalog.actionButton('提交审核')).toHaveCount(0);

  // The centre finds it under 待审核, reads the findings and the changes, and publishes.
  await page.context().clearCookies();
  await login.goto();
  await login.login('center', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench$/);
  await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '事项管理' }).click();
  await catalog.pendingReviewFilter.click();
  await expect(page).toHaveURL(/changeStatus=submitted/);
  await catalog.row(ITEM).getByRole('link', { name: ITEM, exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: ITEM })).toBeVisible();
  await expect(page.getByRole('heading', { name: '指南检查' })).toBeVisible();
  await expect(catalog.findings.or(page.getByText('未发现问题'))).toBeVisible();
  await expect(catalog.changes).toContainText('常见问题');
  await expect(catalog.changes).toContainText(question);
  await catalog.runAction('发布');
  await expect(page.getByText(`已发布第 ${nextVersion} 版`)).toBeVisible();
  await expect(catalog.statusTag('待审核')).toHaveCount(0);
  await expect(page.getByText('没有待发布的变更')).toBeVisible();

  // The public guide shows the new version with the change.
  const detail = await page.request.get(`/api/public/catalog/items?q=${encodeURIComponent(ITEM)}`);
  const code = ((await detail.json()) as { items: { code: string; name: string }[] }).items.find((item) => item.name === ITEM)?.code;
  await page.goto(`/services/${code}`);
  const guide = new GuidePage(page);
  await expect(guide.heading).toHaveText(ITEM);
  await expect(guide.faq).toContainText(question);
  await expect(guide.footer).toContainText(`第 ${nextVersion} 版`);
});

test('the centre sends a change back with a comment that the item maintainer then sees', async ({ page, playwright, baseURL }) => {
  const comment = `请补充办理时限说明 ${randomInt(100_000, 999_999)}`;
  const maintainer = await StaffApi.login(playwright.request, baseURL ?? '', 'items.scjg');
  const list = await maintainer.get<{ items: { id: string; name: string }[] }>('/api/catalog/implementations', { q: '食品经营许可' });
  const id = list.items.find((item) => item.name === '食品经营许可')?.id;
  const before = await maintainer.get<Detail>(`/api/catalog/implementations/${id}`);
  await maintainer.put(`/api/catalog/implementations/${id}/draft`, {
    revision: before.draftRevision,
    content: { ...before.current, officeHours: `${String(before.current['officeHours'])}（${comment.slice(-6)}）` },
  });
  await maintainer.post(`/api/catalog/implementations/${id}/submit`);
  await maintainer.dispose();

  const login = new StaffLoginPage(page);
  await login.goto();
  await login.login('center', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench$/);
  const catalog = new CatalogWorkbenchPage(page);
  await page.goto(`/workbench/catalog/${id}`);
  await expect(catalog.statusTag('待审核')).toBeVisible();
  await catalog.actionButton('退回修改').click();
  await expect(catalog.dialog).toBeVisible();
  await catalog.dialog.getByRole('button', { name: /退回修改/ }).click();
  await expect(catalog.dialog.getByText('请填写审核意见（至少 2 个字）')).toBeVisible();
  await catalog.dialog.getByLabel('审核意见').fill(comment);
  await catalog.dialog.getByRole('button', { name: /退回修改/ }).click();
  await expect(catalog.dialog).toBeHidden();
  await expect(catalog.statusTag('草稿')).toBeVisible();

  await page.context().clearCookies();
  await login.goto();
  await login.login('items.scjg', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench$/);
  await page.goto(`/workbench/catalog/${id}`);
  await expect(page.getByTestId('review-comment')).toContainText(comment);
  await expect(catalog.actionButton('提交审核')).toBeVisible();
});
