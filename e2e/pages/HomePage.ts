import type { Locator, Page } from '@playwright/test';
import { AppHeader } from './AppHeader.ts';

export class HomePage {
  readonly header: AppHeader;
  readonly heading: Locator;
  readonly searchBox: Locator;

  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.header = new AppHeader(page);
    this.heading = page.getByRole('heading', { level: 1 });
    this.searchBox = page.getByRole('searchbox').or(page.getByRole('textbox', { name: /搜索办事事项|Search government services/ }));
  }

  async goto(): Promise<void> {
    await this.page.goto('/');
  }
}
