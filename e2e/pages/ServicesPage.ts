import type { Locator, Page } from '@playwright/test';

/** The public catalogue (/services): search, filters and the result list. */
export class ServicesPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly filters: Locator;
  readonly results: Locator;
  readonly count: Locator;

  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1 });
    this.search = page.getByRole('search').getByRole('searchbox', { name: '搜索事项' }).or(page.getByRole('search').getByRole('textbox', { name: '搜索事项' }));
    this.filters = page.getByRole('region', { name: '筛选条件' });
    this.results = page.locator('.service-list');
    this.count = page.getByTestId('service-count');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/services${query}`);
  }

  themeChip(name: string): Locator {
    return this.filters.getByRole('link', { name: new RegExp(`^${name}`) });
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
    await this.search.press('Enter');
  }

  item(name: string): Locator {
    return this.results.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }

  async openGuide(name: string): Promise<void> {
    await this.item(name).getByRole('heading', { name, exact: true }).getByRole('link').click();
  }
}
