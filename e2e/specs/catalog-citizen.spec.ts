import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { GuidePage } from '../pages/GuidePage.ts';
import { HomePage } from '../pages/HomePage.ts';
import { ServicesPage } from '../pages/ServicesPage.ts';

// The demo catalogue (seeded at start) publishes 食品经营许可 of the city market regulator under the theme 经营许可.
const ITEM = '食品经营许可';
// jsqr is CommonJS with an ES-style default in its types: take the function from either shape.
const jsQR = (jsQRModule as unknown as { default?: typeof jsQRModule.default }).default ?? (jsQRModule as unknown as typeof jsQRModule.default);

test('a citizen finds a guide by theme and by name and sees its trips, materials, QR code and print button', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await page.getByRole('region', { name: '主题服务' }).getByRole('link', { name: /^经营许可/ }).click();

  const services = new ServicesPage(page);
  await expect(page).toHaveURL(/\/services\?theme=permits$/);
  await expect(services.heading).toHaveText('经营许可');
  await expect(services.themeChip('经营许可')).toHaveAttribute('aria-current', 'true');
  await expect(services.item(ITEM)).toBeVisible();

  // Searching keeps the filters in the URL (deep-linkable) and narrows the list.
  await services.searchFor(ITEM);
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(services.count).toContainText('个事项');
  await expect(services.item(ITEM)).toContainText('赤峰市市场监督管理局');
  await expect(services.item(ITEM).getByTestId('trips-badge')).toBeVisible();

  await services.openGuide(ITEM);
  await expect(page).toHaveURL(/\/services\/[0-9A-Z]{31}$/);
  const guide = new GuidePage(page);
  await expect(guide.heading).toHaveText(ITEM);
  await expect(guide.tripsBadge).toHaveText(/^(零跑腿|最多跑一次|最多跑 \d+ 次)$/);
  await expect(guide.materials.getByRole('columnheader', { name: '材料名称' })).toBeVisible();
  expect(await guide.materials.getByRole('row').count()).toBeGreaterThan(1);
  await expect(guide.qrCode).toBeVisible();
  await expect(guide.printButton).toBeVisible();
  await expect(page).toHaveTitle(`${ITEM} - 一次办 OneTrip`);

  // On paper: no header, navigation or buttons, and the QR code stays.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.app-header')).toBeHidden();
  await expect(guide.printButton).toBeHidden();
  await expect(guide.qrCode).toBeVisible();
});

test('an audience entry of the home page opens the catalogue filtered, and the cancelled proofs are public', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await page.getByRole('link', { name: /进入法人办事/ }).click();
  const services = new ServicesPage(page);
  await expect(page).toHaveURL(/\/services\?audience=enterprise$/);
  await expect(services.heading).toHaveText('法人办事');
  await expect(services.filters.getByRole('radio', { name: '法人' })).toBeChecked();
  await expect(services.results.getByRole('listitem').first()).toBeVisible();
  // Businesses see the enterprise life cycle, not the life events of persons.
  await expect(services.filters.getByText('法人主题')).toBeVisible();
  await expect(services.filters.getByText('个人主题')).toHaveCount(0);

  await page.getByRole('link', { name: /减证便民/ }).click();
  await expect(page).toHaveURL(/\/services\/proofs$/);
  await expect(page.getByRole('heading', { level: 1, name: '减证便民：已取消的证明材料' })).toBeVisible();
  expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
});

test('an unknown guide code shows a not-found page with a way back to the list', async ({ page }) => {
  await page.goto('/services/11150400MB0000000X0000000000000');
  await expect(page.getByRole('heading', { name: '办事指南不存在' })).toBeVisible();
  await page.getByRole('link', { name: '返回事项列表' }).click();
  await expect(page).toHaveURL(/\/services$/);
});

test('a two-character query finds the obvious item; its QR code opens the same guide; blank forms download', async ({ page }) => {
  const services = new ServicesPage(page);
  await page.goto('/services');
  await services.searchFor('护照');
  await expect(services.results.getByRole('listitem').first()).toContainText('普通护照签发');
  await services.openGuide('普通护照签发');
  const guide = new GuidePage(page);
  await expect(guide.heading).toHaveText('普通护照签发');
  const guideUrl = page.url();

  // Decode the QR code as a phone camera would: from the pixels on the screen.
  const png = PNG.sync.read(await guide.qrCode.screenshot({ scale: 'device' }));
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded?.data).toBe(guideUrl);
  await page.goto(decoded!.data);
  await expect(guide.heading).toHaveText('普通护照签发');

  // A guide whose materials are filled in on paper offers the blank form and a filled-in sample.
  await page.goto('/services');
  await services.searchFor('个体工商户设立登记');
  await services.openGuide('个体工商户设立登记');
  const blankForm = guide.materials.getByRole('link', { name: /空白表格：授权委托书（空白）\.xlsx/ }).first();
  await expect(blankForm).toBeVisible();
  await expect(guide.materials.getByRole('link', { name: /示例样表：授权委托书（示例样表）\.xlsx/ }).first()).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), blankForm.click()]);
  expect(download.suggestedFilename()).toBe('授权委托书（空白）.xlsx');
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // an xlsx is a zip
});
