import type { Locator, Page } from '@playwright/test';

export interface PersonRegistration {
  name: string;
  idNumber: string;
  phone: string;
  password: string;
}

export class RegisterPage {
  readonly name: Locator;
  readonly idNumber: Locator;
  readonly phone: Locator;
  readonly password: Locator;
  readonly confirmPassword: Locator;
  readonly submit: Locator;

  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    const form = page.getByRole('tabpanel');
    this.name = form.getByLabel('姓名');
    this.idNumber = form.getByLabel('身份证号');
    this.phone = form.getByLabel('手机号');
    this.password = form.getByLabel('密码', { exact: true });
    this.confirmPassword = form.getByLabel('确认密码');
    this.submit = form.getByRole('button', { name: /注\s*册/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/register');
  }

  async fillPerson(data: PersonRegistration): Promise<void> {
    await this.name.fill(data.name);
    await this.idNumber.fill(data.idNumber);
    await this.phone.fill(data.phone);
    await this.password.fill(data.password);
    await this.confirmPassword.fill(data.password);
  }
}
