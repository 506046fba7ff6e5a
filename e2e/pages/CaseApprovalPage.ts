import { expect, type Locator, type Page } from '@playwright/test';

/** The approver's step queue (`/workbench/cases/queue`) and the approval panels of the case detail. */
export class CaseApprovalPage {
  readonly actions: Locator;
  readonly status: Locator;
  readonly clockPanel: Locator;
  readonly clockTag: Locator;
  readonly promisedDeadline: Locator;
  readonly plannedPromisedDeadline: Locator;
  readonly error: Locator;

  private readonly page: Page;

  constructor(page: Page) {
    this.page = page;
    this.actions = page.getByTestId('approval-actions');
    this.status = page.getByTestId('case-status').first();
    this.clockPanel = page.getByTestId('clock-panel');
    this.clockTag = this.clockPanel.getByTestId('clock-tag');
    this.promisedDeadline = this.clockPanel.getByTestId('clock-promised-deadline');
    this.plannedPromisedDeadline = this.clockPanel.getByTestId('clock-planned-promised-deadline');
    this.error = page.getByTestId('case-error');
  }

  /** Through the workbench navigation, as an approver finds it. */
  async openQueue(): Promise<void> {
    await this.page.getByRole('link', { name: '审批队列' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: '审批队列' })).toBeVisible();
  }

  queueRow(caseNumber: string): Locator {
    return this.page.getByRole('row').filter({ hasText: caseNumber });
  }

  async openCase(caseNumber: string): Promise<void> {
    await this.queueRow(caseNumber).getByRole('link', { name: caseNumber }).click();
    await expect(this.actions).toBeVisible();
  }

  /** Passes the case to the next step with the opinion (antd spaces two-character labels: 通 过). */
  async pass(opinion: string): Promise<void> {
    await this.actions.getByRole('button', { name: /^通\s*过$/ }).click();
    const dialog = this.page.getByRole('dialog', { name: '审查通过，提交下一环节' });
    await dialog.getByLabel('审查意见').fill(opinion);
    await dialog.getByRole('button', { name: /^通\s*过$/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Approves at the decision step with the opinion meant for the applicant, confirming the decision. */
  async approve(opinion: string): Promise<void> {
    await this.actions.getByRole('button', { name: '作出决定' }).click();
    const dialog = this.page.getByRole('dialog', { name: '作出审批决定' });
    await this.checkRadio(dialog.getByRole('radio', { name: '准予许可' }));
    await dialog.getByLabel('决定意见（申请人可见，写入决定书）').fill(opinion);
    await dialog.getByRole('button', { name: '作出决定' }).click();
    await this.confirm('准予许可');
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Starts a special procedure (by its label, e.g. 现场勘验) with a reason and a planned end (YYYY-MM-DD). */
  async startSpecialProcedure(procedure: string, reason: string, plannedEnd: string): Promise<void> {
    await this.actions.getByRole('button', { name: '启动特殊环节' }).click();
    const dialog = this.page.getByRole('dialog', { name: '启动特殊环节（暂停计时）' });
    await this.checkRadio(dialog.getByRole('radio', { name: procedure }));
    await dialog.getByLabel('原因（将告知申请人）').fill(reason);
    await dialog.getByLabel('计划结束日期').fill(plannedEnd);
    await dialog.getByRole('button', { name: '启动特殊环节' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  async endSpecialProcedure(): Promise<void> {
    await this.actions.getByRole('button', { name: '结束特殊环节' }).click();
    await this.confirm('结束特殊环节');
  }

  /** The confirmation asked before a consequential action. */
  /**
   * Checks a radio button in a dialog that may still be fading in: antd's modal ignores clicks during its opening
   * motion (a click then "did not change the state"), so the click is repeated until the button is checked.
   */
  private async checkRadio(radio: Locator): Promise<void> {
    await expect(async () => {
      await radio.check({ timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
  }

  private async confirm(okLabel: string): Promise<void> {
    const confirm = this.page.getByRole('dialog').filter({ hasText: '确认操作' });
    await confirm.getByRole('button', { name: okLabel }).click();
    await confirm.waitFor({ state: 'hidden' });
  }
}
