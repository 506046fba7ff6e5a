import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { ApplicantLoginPage } from '../pages/ApplicantLoginPage.ts';
import { CaseApplyPage } from '../pages/CaseApplyPage.ts';
import { CaseApprovalPage } from '../pages/CaseApprovalPage.ts';
import { CaseWorkbenchPage } from '../pages/CaseWorkbenchPage.ts';
import { StaffLoginPage } from '../pages/StaffLoginPage.ts';
import { DEMO_PASSWORD } from '../support/test-data.ts';

/** A minimal valid PDF; the text makes each file's bytes (and SHA-256) distinct. */
function pdf(text: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
}

/** 失业保险金申领 (赤峰市人社局): online, a form with a select and a date, one required material; 审查 → 决定. */
const ITEM_NAME = '失业保险金申领';

/** A staff member's own browser context, logged in and on the workbench. */
async function loggedInStaffPage(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const login = new StaffLoginPage(page);
  await login.goto();
  await login.login(username, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench/);
  return page;
}

test('a citizen applies online, corrects on request, the clerk accepts, the department approves, the citizen downloads the decision', async ({ page, browser, request }) => {
  // Two more people (reviewer, decider) and a download on top of the application journey.
  test.setTimeout(180_000);
  const search = await request.get('/api/public/catalog/items', { params: { q: ITEM_NAME, pageSize: 50 } });
  const items = ((await search.json()) as { items: { code: string; name: string; regionName: string }[] }).items;
  const item = items.find((i) => i.name === ITEM_NAME && i.regionName === '赤峰市');
  expect(item, 'the demo item').toBeDefined();
  const code = item!.code;

  // The citizen opens the guide and chooses to apply online: the login comes first and returns to the application.
  await page.goto(`/services/${code}`);
  await page.getByTestId('apply-online').click();
  await expect(page).toHaveURL(/\/login\?returnTo=/);
  await new ApplicantLoginPage(page).login('13904760001', DEMO_PASSWORD);
  await expect(page).toHaveURL(new RegExp(`/apply/${code}$`));

  const apply = new CaseApplyPage(page);
  await expect(apply.field('申请人姓名')).toHaveValue('张伟');
  await apply.field('失业前单位名称').fill('赤峰示例有限公司');
  await apply.field('终止或解除劳动关系日期').fill('2026-01-15');
  await apply.choose('中断就业原因', '劳动合同期满终止');
  await apply.field('求职意向').fill('仓储管理');
  // Submitting without the required material: the server lists it.
  await apply.submitButton.click();
  await expect(apply.error).toContainText('申请人居民身份证');
  await apply.upload('id-card', '身份证.pdf', pdf('first'));
  await apply.submitButton.click();
  await expect(apply.caseNumber).toHaveText(new RegExp(`^${code}\\d{12}$`));
  const caseNumber = (await apply.caseNumber.textContent())!;

  // The clerk finds it in the pre-review queue and asks for a correction of the ID card.
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await new StaffLoginPage(staffPage).goto();
  await new StaffLoginPage(staffPage).login('clerk', DEMO_PASSWORD);
  await expect(staffPage).toHaveURL(/\/workbench/);
  const desk = new CaseWorkbenchPage(staffPage);
  await desk.openQueue();
  const row = desk.queueRow(caseNumber);
  await expect(row.getByTestId('pre-review-tag')).toBeVisible();
  await row.getByRole('link', { name: caseNumber }).click();
  const preview = staffPage.getByTestId('attachment-preview');
  await expect(preview).toContainText('身份证.pdf');
  // The PDF opens inline on request (Chromium's viewer takes the focus when it loads), and closes again.
  await preview.getByRole('button', { name: '预览' }).click();
  await expect(preview.locator('object[type="application/pdf"]')).toBeAttached();
  await preview.getByRole('button', { name: '收起预览' }).click();
  await expect(preview.locator('object')).toHaveCount(0);
  await desk.requestCorrection([{ material: '申请人居民身份证', problem: '身份证背面不清晰，请重新扫描' }]);
  await expect(desk.status).toHaveText('待补正');

  // The citizen sees the notice, re-uploads and resubmits.
  await page.goto('/me/cases');
  await page.getByRole('link', { name: caseNumber }).click();
  await expect(page.getByTestId('correction-notice')).toContainText('身份证背面不清晰，请重新扫描');
  await page.getByRole('link', { name: '去补正' }).click();
  await apply.upload('id-card', '身份证-清晰.pdf', pdf('second'));
  await apply.resubmitButton.click();
  await expect(page.getByRole('heading', { name: '补正材料已提交' })).toBeVisible();

  // The clerk accepts the corrected application.
  await staffPage.reload();
  await desk.accept();
  await expect(desk.status).toHaveText('审批中');
  await staffContext.close();

  // "My cases" shows it accepted, with the timeline.
  await page.goto('/me/cases');
  const mine = page.getByRole('row').filter({ hasText: caseNumber });
  await expect(mine.getByTestId('case-status')).toHaveText('审批中');
  await mine.getByRole('link', { name: caseNumber }).click();
  await expect(page.locator('.case-timeline')).toContainText('受理');
  await expect(page.locator('.case-timeline')).toContainText('一次性补正告知');

  // Anyone with the number and the applicant's name follows the progress, as the QR code on the notice leads to.
  const visitor = await browser.newContext();
  const tracker = await visitor.newPage();
  await tracker.goto(`/track/${caseNumber}`);
  await expect(tracker.getByLabel('办件编号')).toHaveValue(caseNumber);
  await tracker.getByLabel('申请人姓名或证件号码后 4 位').fill('王五');
  await tracker.getByRole('button', { name: /查\s*询/ }).click();
  await expect(tracker.getByTestId('track-result')).toHaveCount(0);
  await expect(tracker.getByRole('alert')).toBeVisible();
  await tracker.getByLabel('申请人姓名或证件号码后 4 位').fill('张伟');
  await tracker.getByRole('button', { name: /查\s*询/ }).click();
  await expect(tracker.getByTestId('track-result')).toContainText(ITEM_NAME);
  await expect(tracker.getByTestId('track-result').getByTestId('case-status')).toHaveText('审批中');
  await visitor.close();

  // The reviewer of 市人社局 finds it in the approval queue, green (2 working days promised, none used), and passes it.
  const reviewerPage = await loggedInStaffPage(browser, 'reviewer.rsj');
  const reviewer = new CaseApprovalPage(reviewerPage);
  await reviewer.openQueue();
  const queued = reviewer.queueRow(caseNumber);
  await expect(queued.getByTestId('clock-tag')).toHaveAttribute('data-colour', 'green');
  await expect(queued).toContainText('审查');
  await reviewer.openCase(caseNumber);
  await expect(reviewer.clockTag).toHaveAttribute('data-colour', 'green');
  await reviewer.pass('已通过社会保险信息核验缴费年限和停保状态，符合申领条件。');
  await expect(reviewerPage.getByText('当前环节：决定')).toBeVisible();
  await reviewerPage.context().close();

  // The decider approves with the opinion the applicant reads.
  const approvalOpinion = '经审核，准予核定失业保险金，领取期限 12 个月，按月发放至本人社会保障卡银行账户。';
  const deciderPage = await loggedInStaffPage(browser, 'decider.rsj');
  const decider = new CaseApprovalPage(deciderPage);
  await decider.openQueue();
  await expect(decider.queueRow(caseNumber)).toContainText('决定');
  await decider.openCase(caseNumber);
  await decider.approve(approvalOpinion);
  await expect(decider.status).toHaveText('已办结');
  await deciderPage.context().close();

  // The citizen reads the opinion on the timeline and downloads the decision letter as a PDF.
  await page.goto('/me/cases');
  await page.getByRole('row').filter({ hasText: caseNumber }).getByRole('link', { name: caseNumber }).click();
  await expect(page.getByTestId('case-status').first()).toHaveText('已办结');
  await expect(page.locator('.case-timeline')).toContainText(approvalOpinion);
  const letter = page.getByTestId('document-decision_letter');
  await expect(letter).toContainText('准予行政许可决定书');
  const [download] = await Promise.all([page.waitForEvent('download'), letter.getByRole('link', { name: '下载准予行政许可决定书' }).click()]);
  expect(download.suggestedFilename()).toBe(`准予行政许可决定书-${caseNumber}.pdf`);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
