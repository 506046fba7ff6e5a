import type { Locator, Page } from '@playwright/test';

/** A public guide (/services/:code). */
export class GuidePage {
  readonly heading: Locator;
  readonly tripsBadge: Locator;
  readonly materials: Locator;
  readonly qrCode: Locator;
  readonly printButton: Locator;
  readonly faq: Locator;
  readonly footer: Locator;

  constructor(page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.tripsBadge = page.locator('.guide-header').getByTestId('trips-badge');
    this.materials = page.getByRole('region', { name: '申请材料' }).getByRole('table');
    this.qrCode = page.getByRole('img', { name: '本办事指南的二维码' }).locator('svg');
    this.printButton = page.getByRole('button', { name: /打\s*印/ });
    this.faq = page.getByRole('region', { name: '常见问题' });
    this.footer = page.locator('.guide-footer');
  }
}
