import { expect, test } from '@playwright/test';
import { AppHeader } from '../pages/AppHeader.ts';
import { ApplicantLoginPage } from '../pages/ApplicantLoginPage.ts';
import { RegisterPage } from '../pages/RegisterPage.ts';
import { uniquePhone, uniqueResidentId, withWrongCheckCharacter } from '../support/test-data.ts';

test('a person registers, is logged in, logs out and logs in again with the ID number', async ({ page }) => {
  const idNumber = uniqueResidentId();
  const person = { name: '端到端测试', idNumber, phone: uniquePhone(), password: 'E2e-Passw0rd' };
  const register = new RegisterPage(page);
  const header = new AppHeader(page);

  await register.goto();
  await expect(page.getByRole('tab', { name: '个人注册', selected: true })).toBeVisible();

  // The browser checks the ID number with the shared GB 11643 rules before anything is sent.
  await register.idNumber.fill(withWrongCheckCharacter(idNumber));
  await register.idNumber.blur();
  // The message is tied to the field (aria-describedby), so screen readers announce it with the field.
  await expect(register.idNumber).toHaveAccessibleDescription(/身份证号校验位错误，请核对最后一位/);
  await expect(register.idNumber).toHaveAttribute('aria-invalid', 'true');

  await register.fillPerson(person);
  await expect(register.idNumber).not.toHaveAccessibleDescription(/校验位错误/);
  await register.submit.click();

  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole('heading', { level: 1, name: '我的账户' })).toBeVisible();
  const masked = `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`;
  await expect(page.getByText(masked)).toBeVisible();
  await expect(page.getByText(idNumber, { exact: true })).toHaveCount(0);

  await header.logout(person.name);
  await expect(page).toHaveURL(/\/$/);
  await header.expectLoggedOut();

  // /me now requires a login and comes back after it.
  await page.goto('/me');
  await expect(page).toHaveURL(/\/login\?returnTo=%2Fme$/);
  const login = new ApplicantLoginPage(page);
  await login.login(idNumber, person.password);
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByText(masked)).toBeVisible();
});
