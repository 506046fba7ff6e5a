import type { Locator, Page } from '@playwright/test';

export class ApplicantLoginPage {
  readonly identifier: Locator;
  readonly password: Locator;
  readonly submit: Locator;

  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.identifier = page.getByLabel('账号');
    this.password = page.getByLabel('密码', { exact: true });
    this.submit = page.getByRole('main').getByRole('button', { name: /登\s*录/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/login');
  }

  async login(identifier: string, password: string): Promise<void> {
    await this.identifier.fill(identifier);
    await this.password.fill(password);
    await this.submit.click();
  }
}
