import { expect, type Locator, type Page } from '@playwright/test';

/** The clerk's pre-review queue and case detail (`/workbench/cases/…`). */
export class CaseWorkbenchPage {
  readonly actions: Locator;
  readonly status: Locator;

  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.actions = page.getByTestId('front-desk-actions');
    this.status = page.getByTestId('case-status').first();
  }

  async openQueue(): Promise<void> {
    await this.page.goto('/workbench/cases/pre-review');
  }

  queueRow(caseNumber: string): Locator {
    return this.page.getByRole('row').filter({ hasText: caseNumber });
  }

  /** One correction request for the listed materials (by name), each with its problem. */
  async requestCorrection(items: { material: string; problem: string }[]): Promise<void> {
    await this.actions.getByRole('button', { name: '一次性补正告知' }).click();
    const dialog = this.page.getByRole('dialog', { name: '一次性补正告知' });
    for (const item of items) {
      // The modal ignores clicks while it fades in: repeat until the box is checked.
      const box = dialog.getByRole('checkbox', { name: item.material });
      await expect(async () => { await box.check({ timeout: 1_000 }); }).toPass({ timeout: 10_000 });
      await dialog.getByLabel(`${item.material}的问题`).fill(item.problem);
    }
    await dialog.getByRole('button', { name: '发出补正告知' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async accept(): Promise<void> {
    // antd spaces two-character button labels (受 理); 不予受理 must not match.
    await this.actions.getByRole('button', { name: /^受\s*理$/ }).click();
    const dialog = this.page.getByRole('dialog', { name: '受理办件' });
    await dialog.getByRole('button', { name: /^受\s*理$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
