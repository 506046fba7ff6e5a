import { expect, type Locator, type Page } from '@playwright/test';

/** `/workbench/cases/intake`: find the walk-in applicant, choose the item, then the form (see CaseApplyPage) and submit. */
export class FrontDeskIntakePage {
  readonly identifier: Locator;
  readonly applicant: Locator;
  readonly caseNumber: Locator;
  readonly conclude: Locator;
  readonly notices: Locator;

  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.identifier = page.getByLabel('居民身份证号码或统一社会信用代码');
    this.applicant = page.getByTestId('intake-applicant');
    this.caseNumber = page.getByTestId('intake-case-number');
    this.conclude = page.getByTestId('conclude-at-window');
    this.notices = page.getByTestId('notice-print-list');
  }

  async goto(): Promise<void> {
    await this.page.goto('/workbench/cases/intake');
  }

  /** Finds the applicant by ID number and files for them. */
  async findApplicant(idNumber: string, name: string): Promise<void> {
    await this.identifier.fill(idNumber);
    await this.page.getByRole('button', { name: /^查\s*找$/ }).click();
    await expect(this.applicant).toContainText(name);
    await this.applicant.getByRole('button', { name: '为此申请人办理' }).click();
  }

  /** Searches the catalogue, chooses the item of the given region and starts the case. */
  async chooseItem(itemName: string, regionName: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: '搜索事项' }).fill(itemName);
    await this.page.getByRole('searchbox', { name: '搜索事项' }).press('Enter');
    await this.page.getByRole('button', { name: `选择 ${itemName} ${regionName}` }).click();
    await this.page.getByRole('button', { name: '开始填写申请' }).click();
  }

  /** Accepts and approves an immediate item on the spot; the applicant takes the result now. */
  async concludeApproved(opinion: string): Promise<void> {
    await this.conclude.getByLabel('办理意见（申请人可见）').fill(opinion);
    await expect(this.conclude.getByRole('checkbox', { name: /当场领取/ })).toBeChecked();
    await this.conclude.getByRole('button', { name: '受理并办结' }).click();
  }

  notice(kind: string): Locator {
    return this.notices.getByTestId(`notice-${kind}`);
  }
}
