import type { Locator, Page } from '@playwright/test';

export interface NewDepartment {
  name: string;
  creditCode: string;
}

export class DepartmentsPage {
  readonly heading: Locator;
  readonly createButton: Locator;
  readonly drawer: Locator;
  readonly search: Locator;
  readonly table: Locator;

  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: '部门管理' });
    this.createButton = page.getByRole('button', { name: '新建部门' });
    this.drawer = page.getByRole('dialog', { name: '新建部门' });
    this.search = page.getByRole('searchbox', { name: '搜索部门名称或信用代码' }).or(page.getByPlaceholder('搜索部门名称或信用代码'));
    this.table = page.getByRole('table');
  }

  async create(department: NewDepartment): Promise<void> {
    await this.createButton.click();
    await this.drawer.getByLabel('部门名称').fill(department.name);
    await this.drawer.getByLabel('统一社会信用代码').fill(department.creditCode);
    await this.drawer.getByRole('button', { name: /保\s*存/ }).click();
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.search.press('Enter');
  }

  row(text: string): Locator {
    return this.table.getByRole('row').filter({ hasText: text });
  }
}
