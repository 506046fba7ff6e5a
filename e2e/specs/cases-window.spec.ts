import { expect, test } from '@playwright/test';
import { computeResidentIdCheck } from '@onetrip/core';
import { ApplicantLoginPage } from '../pages/ApplicantLoginPage.ts';
import { CaseApplyPage } from '../pages/CaseApplyPage.ts';
import { FrontDeskIntakePage } from '../pages/FrontDeskIntakePage.ts';
import { StaffLoginPage } from '../pages/StaffLoginPage.ts';
import { DEMO_PASSWORD } from '../support/test-data.ts';

/** 张伟's resident ID number, computed as server/src/seed/demo-data.ts does (红山区, born 1986-03-12, sequence 013). */
const ZHANG_FIRST17 = '15040219860312013';
const ZHANG_ID_NUMBER = ZHANG_FIRST17 + computeResidentIdCheck(ZHANG_FIRST17);

/** 城乡居民基本养老保险参保登记 (赤峰市人社局): an immediate item (即办件) the city hall accepts; one material, the ID card. */
const ITEM_NAME = '城乡居民基本养老保险参保登记';

function scan(text: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
}

test('a walk-in files an immediate item at the window, concluded on the spot with printed notices, then sees it in my cases', async ({ page, browser }) => {
  test.setTimeout(120_000);
  // The clerk of the city hall's comprehensive window.
  const login = new StaffLoginPage(page);
  await login.goto();
  await login.login('clerk', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench/);
  await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '窗口收件' }).click();
  await expect(page).toHaveURL(/\/workbench\/cases\/intake$/);

  // 张伟 hands over his ID card: found by the number, masked.
  const intake = new FrontDeskIntakePage(page);
  await intake.findApplicant(ZHANG_ID_NUMBER, '张伟');
  await intake.chooseItem(ITEM_NAME, '赤峰市');

  // The same form as online, pre-filled from his record; the clerk fills the rest and uploads the scan.
  const form = new CaseApplyPage(page);
  await expect(form.field('申请人姓名')).toHaveValue('张伟');
  await form.field('户籍地址').fill('内蒙古赤峰市红山区永巨街道永巨社区 1 号');
  await form.choose('缴费档次（元/年）', '500');
  await page.getByRole('radio', { name: '社会保障卡银行账户代扣' }).check();
  await page.getByRole('radio', { name: '否', exact: true }).check();
  await form.upload('id-card', '张伟身份证扫描件.pdf', scan('id card'));
  await form.submitButton.click();
  await expect(intake.caseNumber).toHaveText(/^\S{30,}\d{12}$/);
  const caseNumber = (await intake.caseNumber.textContent())!;

  // An immediate item: accepted and approved in one sitting, the result taken on the spot.
  await intake.concludeApproved('符合参保条件，准予登记。');
  await expect(page.getByTestId('case-status').first()).toHaveText('已送达');
  for (const kind of ['acceptance_notice', 'decision_letter', 'delivery_slip']) {
    await expect(intake.notice(kind).getByRole('button', { name: /打\s*印/ })).toBeVisible();
  }

  // The printed notice: the decision letter's PDF (the print dialog itself is the operating system's).
  const href = await intake.notice('decision_letter').getByTestId('notice-pdf-link').getAttribute('href');
  const pdf = await page.request.get(href!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect(decodeURIComponent(pdf.headers()['content-disposition'] ?? '')).toContain(`准予行政许可决定书-${caseNumber}.pdf`);
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  const acceptance = await page.request.get((await intake.notice('acceptance_notice').getByTestId('notice-pdf-link').getAttribute('href'))!);
  expect([acceptance.status(), acceptance.headers()['content-type']]).toEqual([200, 'application/pdf']);

  // 张伟 logs in at home and finds the concluded case in "my cases", filed at the window.
  const home = await (await browser.newContext()).newPage();
  await new ApplicantLoginPage(home).goto();
  await new ApplicantLoginPage(home).login('13904760001', DEMO_PASSWORD);
  await expect(home).not.toHaveURL(/\/login/);
  await home.goto('/me/cases');
  const row = home.getByRole('row').filter({ hasText: caseNumber });
  await expect(row).toContainText(ITEM_NAME);
  await expect(row.getByTestId('case-status')).toHaveText('已送达');
});
