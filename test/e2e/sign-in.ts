import type { Page } from 'playwright-core';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../support/api';

/** Signs in through the real form, as a person would. */
export async function signInThroughForm(
  page: Page,
  baseUrl: string,
  role: (typeof DEMO_ACCOUNTS)[number]['role'],
): Promise<void> {
  await page.goto(baseUrl);
  const form = page.getByTestId('login-form');
  await form.waitFor();
  await form.getByLabel('E-mail').fill(DEMO_ACCOUNTS.find(account => account.role === role)!.email);
  await form.getByLabel('Hasło').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'Zaloguj się' }).click();
  await page.getByTestId('sign-out').waitFor();
}
