import { expect, type Locator, type Page } from '@playwright/test';

/** The item maintainer's editor (/workbench/catalog/:id/edit). */
export class ImplementationEditorPage {
  readonly heading: Locator;
  readonly liveFindings: Locator;
  readonly blockingAlert: Locator;
  readonly compressionRatio: Locator;
  readonly saveButton: Locator;
  readonly submitButton: Locator;
  readonly discardButton: Locator;
  readonly saveState: Locator;
  readonly promisedLimitDays: Locator;
  readonly legalLimitDays: Locator;
  readonly dialog: Locator;

  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1 });
    this.liveFindings = page.locator('.editor-findings');
    this.blockingAlert = page.getByTestId('blocking-findings');
    this.compressionRatio = this.liveFindings.getByTestId('compression-ratio');
    const actions = page.getByRole('region', { name: '保存和提交' });
    this.saveButton = actions.getByRole('button', { name: '保存草稿' });
    this.submitButton = actions.getByRole('button', { name: '保存并提交审核' });
    this.discardButton = actions.getByRole('button', { name: '放弃修改' });
    this.saveState = actions.getByRole('status');
    this.promisedLimitDays = page.getByRole('spinbutton', { name: '承诺办结时限：天数' });
    this.legalLimitDays = page.getByRole('spinbutton', { name: '法定办结时限：天数' });
    this.dialog = page.getByRole('dialog');
  }

  async goto(id: string): Promise<void> {
    await this.page.goto(`/workbench/catalog/${id}/edit`);
  }

  /** A finding of the live check, by rule id, in the panel beside the form. */
  finding(rule: string): Locator {
    return this.liveFindings.locator(`[data-rule="${rule}"]`);
  }

  /** A finding shown next to the element it concerns. */
  inlineFinding(rule: string): Locator {
    return this.page.getByTestId('inline-findings').locator(`[data-rule="${rule}"]`);
  }

  /** Opens a material's card (by its name in the card header) and returns the card's body. */
  async openMaterial(name: string): Promise<Locator> {
    // "2. 经营者居民身份证 必要" but not "3. 新经营者居民身份证 …".
    const header = this.page.getByRole('button', { name: new RegExp(`(^|[.\\s])${name}(\\s|$)`) });
    const panel = this.page.locator('.member-collapse .ant-collapse-item').filter({ has: header });
    if ((await panel.locator(header).getAttribute('aria-expanded')) !== 'true') await panel.locator(header).click();
    const body = panel.locator('.ant-collapse-body');
    await expect(body).toBeVisible();
    return body;
  }

  async setPromisedDays(days: string): Promise<void> {
    await this.promisedLimitDays.fill(days);
  }

  async save(): Promise<void> {
    await this.saveButton.click();
    await expect(this.page.getByText('草稿已保存')).toBeVisible();
    await expect(this.saveState).toHaveText(/所有修改均已保存/);
  }

  /** Saves and submits for review, confirming in the dialog; ends on the item's detail page. */
  async saveAndSubmit(): Promise<void> {
    await this.submitButton.click();
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('button', { name: '提交审核' }).click();
    await expect(this.page).toHaveURL(/\/workbench\/catalog\/[0-9a-f-]+$/);
  }
}
