import { expect, test } from '@playwright/test';
import { ApplicantLoginPage } from '../pages/ApplicantLoginPage.ts';
import { DEMO_PASSWORD } from '../support/test-data.ts';

/** 失业保险金申领 (赤峰市人社局): an online item. */
const ITEM_NAME = '失业保险金申领';

test('kiosk mode: a draft started on the terminal records the kiosk channel, and an idle terminal counts down, signs out and clears the screen', async ({ page, request }) => {
  const search = await request.get('/api/public/catalog/items', { params: { q: ITEM_NAME, pageSize: 50 } });
  const code = ((await search.json()) as { items: { code: string; name: string; regionName: string }[] }).items
    .find((i) => i.name === ITEM_NAME && i.regionName === '赤峰市')!.code;
  await page.clock.install();
  await page.goto('/kiosk');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('body')).toHaveClass(/kiosk-mode/);
  await expect(page.getByRole('region', { name: '自助终端' })).toBeVisible();

  await page.goto(`/login?returnTo=${encodeURIComponent(`/apply/${code}`)}`);
  await new ApplicantLoginPage(page).login('13904760001', DEMO_PASSWORD);
  await expect(page).toHaveURL(new RegExp(`/apply/${code}$`));
  await expect(page.getByLabel('申请人姓名', { exact: true })).toHaveValue('张伟');
  const drafts = await page.request.get('/api/cases', { params: { status: 'draft', pageSize: 100 } });
  const draft = ((await drafts.json()) as { items: { implementationCode: string; channel: string }[] }).items.find((c) => c.implementationCode === code);
  expect(draft?.channel).toBe('kiosk');

  // Nobody touches the screen: the countdown shows, then the terminal signs out and goes home.
  await page.clock.runFor(95_000);
  await expect(page.getByTestId('kiosk-countdown')).toHaveText(/^(2[0-9]|30)$/);
  await page.clock.runFor(30_000);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('kiosk-countdown')).toBeHidden();
  const session = await page.request.get('/api/auth/session');
  expect(((await session.json()) as { principal: unknown }).principal).toBeNull();
});
