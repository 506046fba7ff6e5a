import { expect, type Locator, type Page } from '@playwright/test';

/** `/apply/:code` and `/me/cases/:id/edit`: the application form, the materials and submit. */
export class CaseApplyPage {
  readonly submitButton: Locator;
  readonly resubmitButton: Locator;
  readonly caseNumber: Locator;
  readonly error: Locator;

  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.submitButton = page.getByRole('button', { name: '提交申请' });
    this.resubmitButton = page.getByRole('button', { name: '补正后重新提交' });
    this.caseNumber = page.getByTestId('case-number');
    this.error = page.getByTestId('case-error');
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  /** Picks an option of a select field and waits until the field shows it (retrying if a popup swallowed a click). */
  async choose(label: string, option: string): Promise<void> {
    const select = this.page.locator('.ant-select').filter({ has: this.field(label) });
    await expect(async () => {
      await this.page.keyboard.press('Escape'); // close any open picker (e.g. a date picker) first
      await this.field(label).click();
      await this.page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click({ timeout: 2_000 });
      await expect(select).toContainText(option, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
  }

  /** Picks an option of a radio-button field (by the field's label). */
  async pickRadio(label: string, option: string): Promise<void> {
    const item = this.page.locator('.ant-form-item').filter({ has: this.page.locator('label', { hasText: label }) });
    await item.getByRole('radio', { name: option, exact: true }).check();
  }

  /** Uploads a file for a material (by its key) and waits until it is listed. */
  async upload(materialKey: string, fileName: string, bytes: Buffer): Promise<void> {
    const material = this.page.getByTestId(`material-${materialKey}`);
    await material.locator('input[type=file]').setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: bytes });
    await material.getByText(fileName).waitFor();
  }
}
