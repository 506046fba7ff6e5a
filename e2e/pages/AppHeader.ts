import { expect, type Locator, type Page } from '@playwright/test';

/** The header shared by every page: language switch, login links, user menu, mobile menu. */
export class AppHeader {
  readonly root: Locator;

  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.root = page.locator('header');
  }

  languageSwitch(target: 'English' | '中文'): Locator {
    return this.root.getByRole('button', { name: target });
  }

  async switchLanguage(target: 'English' | '中文'): Promise<void> {
    await this.languageSwitch(target).click();
  }

  userMenu(name: string): Locator {
    return this.root.getByRole('button', { name: new RegExp(name) });
  }

  async logout(name: string): Promise<void> {
    await this.userMenu(name).click();
    const item = this.page.getByRole('menuitem', { name: '退出登录' });
    // antd drops the menu in with an animation, and a click that lands before it ends is lost: wait for the
    // popup to finish its enter motion (the motion classes are removed at the end).
    const popup = this.page.locator('.ant-dropdown').filter({ has: item });
    await expect(popup).toBeVisible();
    await expect(popup).not.toHaveClass(/-(appear|enter)/);
    await item.click();
  }

  menuButton(): Locator {
    return this.root.getByRole('button', { name: '打开导航菜单' });
  }

  async expectLoggedOut(): Promise<void> {
    await expect(this.root.getByRole('link', { name: '登录' })).toBeVisible();
  }
}
