import { expect, type Locator, type Page } from '@playwright/test';

/** The staff catalogue: the implementations list (/workbench/catalog) and one implementation's detail. */
export class CatalogWorkbenchPage {
  readonly table: Locator;
  readonly pendingReviewFilter: Locator;
  readonly findings: Locator;
  readonly changes: Locator;
  readonly dialog: Locator;
  readonly editButton: Locator;

  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.table = page.getByRole('table');
    this.pendingReviewFilter = page.getByText(/^待审核 \(\d+\)$/);
    this.findings = page.getByTestId('findings');
    this.changes = page.getByTestId('change-list');
    this.dialog = page.getByRole('dialog');
    this.editButton = page.locator('.page-header').getByRole('link', { name: /编\s*辑/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/workbench/catalog');
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  statusTag(text: '草稿' | '待审核' | '已发布'): Locator {
    return this.page.locator('.page-header').getByText(text, { exact: true });
  }

  actionButton(name: string): Locator {
    return this.page.locator('.page-header').getByRole('button', { name: new RegExp(name.split('').join('\\s*')) });
  }

  /** Clicks an action in the page header and confirms it in its dialog. */
  async runAction(name: string): Promise<void> {
    await this.actionButton(name).click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('button', { name: new RegExp(name.split('').join('\\s*')) }).click();
    await expect(this.dialog).toBeHidden();
  }
}
