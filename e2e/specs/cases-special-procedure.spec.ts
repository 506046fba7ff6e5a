import { randomUUID } from 'node:crypto';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { buildCreditCode, chinaDateOf, WorkingDayCalendar, type CalendarDay, type YearArrangement } from '@onetrip/core';
import { CaseApprovalPage } from '../pages/CaseApprovalPage.ts';
import { StaffLoginPage } from '../pages/StaffLoginPage.ts';
import { StaffApi } from '../support/staff-api.ts';
import { DEMO_PASSWORD } from '../support/test-data.ts';

/** 食品经营许可 (赤峰市市场监督管理局): 2 working days promised, 审查 → 决定, site inspection as its special procedure. */
const ITEM_NAME = '食品经营许可';
/** How far ahead the special procedure is planned to end, in working days. */
const N = 3;

function pdf(text: string): Buffer {
  return Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
}

/** The applicant's side of the setup through the API: a complete application for the item, submitted. */
async function submitApplication(request: APIRequestContext, implementationId: string): Promise<{ id: string; caseNumber: string }> {
  const login = await request.post('/api/auth/applicant/login', { data: { identifier: '13904760001', password: DEMO_PASSWORD } });
  expect(login.status()).toBe(200);
  const { csrfToken } = (await (await request.get('/api/auth/session')).json()) as { csrfToken: string };
  const headers = { 'X-CSRF-Token': csrfToken };
  const created = await request.post('/api/cases', { data: { implementationId }, headers });
  expect(created.status(), await created.text()).toBe(201);
  const draft = (await created.json()) as { id: string; formData: Record<string, unknown>; materials: { key: string; isRequired: boolean }[] };
  const formData = {
    ...draft.formData,
    operatorName: '张伟便民餐饮店', creditCode: buildCreditCode('9', '2', '150402', 'MA0T5E6F'), legalRepresentative: '张伟', contactPhone: '13904760001',
    premises: '赤峰市红山区钢铁街 36 号', businessType: '餐饮服务经营者', businessItems: ['热食类食品制售'], areaSqm: 80,
    safetyManager: '张伟', usesVending: '否',
  };
  const saved = await request.patch(`/api/cases/${draft.id}`, { data: { formData }, headers });
  expect(saved.status(), await saved.text()).toBe(200);
  for (const material of draft.materials.filter((m) => m.isRequired)) {
    const uploaded = await request.post(`/api/cases/${draft.id}/attachments?materialKey=${encodeURIComponent(material.key)}`, {
      headers, multipart: { file: { name: `${material.key}.pdf`, mimeType: 'application/pdf', buffer: pdf(material.key) } },
    });
    expect(uploaded.status(), await uploaded.text()).toBe(201);
  }
  const submitted = await request.post(`/api/cases/${draft.id}/submit`, { data: {}, headers: { ...headers, 'Idempotency-Key': randomUUID() } });
  expect(submitted.status(), await submitted.text()).toBe(200);
  return { id: draft.id, caseNumber: ((await submitted.json()) as { caseNumber: string }).caseNumber };
}

/** The working-day calendar exactly as the server holds it (seeded from chinese-days), for this year and the next. */
async function serverCalendar(api: StaffApi, today: string): Promise<WorkingDayCalendar> {
  const year = Number(today.slice(0, 4));
  const arrangements: YearArrangement[] = [];
  for (const y of [year, year + 1]) {
    const detail = await api.get<{ year: number; announced: boolean; days: CalendarDay[] }>(`/api/calendar/years/${y}`);
    if (detail.announced) arrangements.push({ year: detail.year, days: detail.days });
  }
  return new WorkingDayCalendar(arrangements);
}

test('a special procedure stops the clock and moves the promised deadline by exactly its working days', async ({ page, playwright, baseURL }) => {
  test.setTimeout(120_000);
  // Setup through the API: a food-licence application submitted online and accepted by the city hall's clerk.
  const search = await page.request.get('/api/public/catalog/items', { params: { q: ITEM_NAME, pageSize: 50 } });
  const found = ((await search.json()) as { items: { code: string; name: string; regionName: string }[] }).items.find((i) => i.name === ITEM_NAME && i.regionName === '赤峰市');
  expect(found, 'the demo item').toBeDefined();
  const guide = (await (await page.request.get(`/api/public/catalog/items/${found!.code}`)).json()) as { implementationId: string };
  const applicant = await playwright.request.newContext({ baseURL: baseURL! });
  const { id, caseNumber } = await submitApplication(applicant, guide.implementationId);
  await applicant.dispose();
  const clerk = await StaffApi.login(playwright.request, baseURL!, 'clerk');
  await clerk.post(`/api/cases/${id}/accept`, {});
  const calendar = await serverCalendar(clerk, chinaDateOf(new Date()));
  await clerk.dispose();

  // The reviewer opens the case from the approval queue: the clock runs.
  const login = new StaffLoginPage(page);
  await login.goto();
  await login.login('approver.scjg', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/workbench/);
  const reviewer = new CaseApprovalPage(page);
  await reviewer.openQueue();
  await reviewer.openCase(caseNumber);
  await expect(reviewer.status).toHaveText('审批中');
  await expect(reviewer.clockTag).toHaveAttribute('data-suspended', 'false');
  const before = (await reviewer.promisedDeadline.textContent())!;
  expect(before).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  // A site inspection planned to end N working days from today (the server's "today", a China date).
  const today = chinaDateOf(new Date());
  const plannedEnd = calendar.addWorkingDays(today, N).date;
  await reviewer.startSpecialProcedure('现场勘验', '核查经营场所布局与申报一致', plannedEnd);
  await expect(reviewer.status).toHaveText('特殊环节');
  await expect(reviewer.clockTag).toHaveAttribute('data-suspended', 'true');
  await expect(reviewer.clockTag).toContainText('已暂停计时');
  const expected = calendar.addWorkingDays(before, N).date;
  await expect(reviewer.plannedPromisedDeadline).toHaveText(expected);
  expect(calendar.workingDaysBetween(before, expected).days).toBe(N);
  // As of today nothing is suspended yet: the deadline itself has not moved.
  await expect(reviewer.promisedDeadline).toHaveText(before);
  await expect(reviewer.clockPanel).toContainText(`计划 ${plannedEnd} 结束`);

  // Ended the same day: no working day was suspended, the clock runs again with the deadline as before.
  await reviewer.endSpecialProcedure();
  await expect(reviewer.status).toHaveText('审批中');
  await expect(reviewer.clockTag).toHaveAttribute('data-suspended', 'false');
  await expect(reviewer.plannedPromisedDeadline).toHaveCount(0);
  await expect(reviewer.promisedDeadline).toHaveText(before);
  await expect(reviewer.actions.getByRole('button', { name: /^通\s*过$/ })).toBeVisible();
  await expect(page.locator('.case-timeline')).toContainText('特殊环节结束');
});
