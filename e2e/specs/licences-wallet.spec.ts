import { expect, test, type Browser, type Page } from '@playwright/test';
import { ApplicantLoginPage } from '../pages/ApplicantLoginPage.ts';
import { CaseApplyPage } from '../pages/CaseApplyPage.ts';
import { CaseApprovalPage } from '../pages/CaseApprovalPage.ts';
import { CaseWorkbenchPage } from '../pages/CaseWorkbenchPage.ts';
import { StaffLoginPage } from '../pages/StaffLoginPage.ts';
import { DEMO_PASSWORD } from '../support/test-data.ts';

/**
 * Issue 5 end to end: 居民身份证申领 (市公安局) approved → the e-licence in the citizen's wallet → the public verification
 * page says valid → a new application (失业保险金申领, which asks for the ID card) uses the licence without an upload →
 * the issuing department revokes it → the verification page says revoked. 刘洋 (13904760004) is used by no other
 * journey, so the licence does not change what the other journeys see.
 */
const CITIZEN_PHONE = '13904760004';
const CITIZEN_NAME = '刘洋';

async function itemCode(page: Page, name: string): Promise<string> {
  const search = await page.request.get('/api/public/catalog/items', { params: { q: name, pageSize: 50 } });
  const items = ((await search.json()) as { items: { code: string; name: string; regionName: string }[] }).items;
  const item = items.find((i) => i.name === name && i.regionName === '赤峰市');
  expect(item, `the demo item ${name}`).toBeDefined();
  return item!.code;
}

async function loggedInStaffPage(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const login = new StaffLoginPage(page);
  await login.goto();
  await login.login(username, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench/);
  return page;
}

test('an approved ID card lands in the wallet, verifies, replaces an upload in the next application, and shows revoked after revocation', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const idCardItem = await itemCode(page, '居民身份证申领');

  // The citizen applies online for a renewal (the old card is handed in at pickup: no upload is required).
  await page.goto(`/apply/${idCardItem}`);
  await expect(page).toHaveURL(/\/login\?returnTo=/);
  await new ApplicantLoginPage(page).login(CITIZEN_PHONE, DEMO_PASSWORD);
  await expect(page).toHaveURL(new RegExp(`/apply/${idCardItem}$`));
  const apply = new CaseApplyPage(page);
  await expect(apply.field('申请人姓名')).toHaveValue(CITIZEN_NAME);
  await apply.pickRadio('申领类型', '有效期满换领');
  await apply.pickRadio('申请人是否未满 16 周岁', '否');
  await apply.pickRadio('领取方式', '窗口领取');
  await apply.submitButton.click();
  await expect(apply.caseNumber).toHaveText(new RegExp(`^${idCardItem}\\d{12}$`));
  const caseNumber = (await apply.caseNumber.textContent())!;

  // Front desk accepts; 市公安局 reviews and approves: the licence is issued with the approval.
  const clerkPage = await loggedInStaffPage(browser, 'clerk');
  const desk = new CaseWorkbenchPage(clerkPage);
  await desk.openQueue();
  await desk.queueRow(caseNumber).getByRole('link', { name: caseNumber }).click();
  await desk.accept();
  await expect(desk.status).toHaveText('审批中');
  await clerkPage.context().close();

  const reviewerPage = await loggedInStaffPage(browser, 'reviewer.gaj');
  const reviewer = new CaseApprovalPage(reviewerPage);
  await reviewer.openQueue();
  await reviewer.openCase(caseNumber);
  await reviewer.pass('人口信息、相片和指纹核对无误，已上传制证。');
  await expect(reviewerPage.getByText('当前环节：决定')).toBeVisible();
  await reviewerPage.context().close();

  const deciderPage = await loggedInStaffPage(browser, 'decider.gaj');
  const decider = new CaseApprovalPage(deciderPage);
  await decider.openQueue();
  await decider.openCase(caseNumber);
  await decider.approve('准予换领居民身份证。');
  await expect(decider.status).toHaveText('已办结');

  // The wallet holds it, valid.
  await page.goto('/me/licences');
  const card = page.getByTestId('licence-card').filter({ hasText: '居民身份证' });
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('licence-status')).toHaveAttribute('data-status', 'valid');
  const identifier = (await card.getAttribute('data-identifier'))!;
  expect(identifier).toMatch(/^1\.2\.156\.3005\.2\.\w{21}\.\w{18}\.\w+\.001\.[0-9A-Z]$/);

  // Anyone verifies it by the identifier the QR code carries: valid, the holder's name masked.
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`/verify/${encodeURIComponent(identifier)}`);
  const result = visitor.getByTestId('verification-result');
  await expect(result).toHaveAttribute('data-outcome', 'valid');
  await expect(result).toContainText('刘*');
  await expect(result).not.toContainText(CITIZEN_NAME);
  await expect(visitor.getByTestId('verification-issuer')).toHaveText('赤峰市公安局');

  // A new application that asks for the ID card takes the licence instead of an upload, and submits.
  const benefitItem = await itemCode(page, '失业保险金申领');
  await page.goto(`/apply/${benefitItem}`);
  const material = page.getByTestId('material-id-card');
  await expect(material.getByTestId('licence-attachment')).toContainText('居民身份证');
  await expect(material.getByTestId('licence-attachment')).toContainText('有效');
  await apply.field('失业前单位名称').fill('赤峰示例有限公司');
  await apply.field('终止或解除劳动关系日期').fill('2026-01-15');
  await apply.choose('中断就业原因', '劳动合同期满终止');
  await apply.field('求职意向').fill('仓储管理');
  await apply.submitButton.click();
  await expect(apply.caseNumber).toHaveText(new RegExp(`^${benefitItem}\\d{12}$`));

  // 市公安局 revokes the licence with a reason; the public page now says revoked, with the reason.
  await deciderPage.goto('/workbench/licences');
  await deciderPage.getByRole('button', { name: `查看 ${identifier}` }).click();
  const detail = deciderPage.getByTestId('licence-detail');
  await detail.getByRole('button', { name: /^注\s*销$/ }).click();
  const dialog = deciderPage.getByRole('dialog', { name: '注销证照' });
  await dialog.getByLabel('原因').fill('持证人已申领新证，原证注销。');
  await dialog.getByRole('button', { name: /^确\s*认$/ }).click();
  await expect(detail.getByTestId('licence-status')).toHaveText('已注销');
  await deciderPage.context().close();

  await visitor.reload();
  await expect(result).toHaveAttribute('data-outcome', 'revoked');
  await expect(visitor.getByTestId('verification-reason')).toContainText('持证人已申领新证，原证注销。');
  await visitor.context().close();

  // The wallet shows it revoked, and the next application no longer offers it.
  await page.goto('/me/licences');
  await expect(page.getByTestId('licence-card').filter({ hasText: '居民身份证' }).getByTestId('licence-status')).toHaveAttribute('data-status', 'revoked');
  await page.goto(`/apply/${benefitItem}`);
  await expect(page.getByTestId('material-id-card').getByTestId('licence-attachment')).toHaveCount(0);
  await expect(page.getByTestId('material-id-card')).toContainText('已注销');
});
