import type { Page } from 'playwright-core';
import type { TestApi } from '../support/api';
import { browserSuite } from './browser-suite';
import { signInThroughForm } from './sign-in';

describe('sign-in and admin screens in Chromium', () => {
  const suite = browserSuite();
  let page: Page;
  let api: TestApi;
  beforeEach(() => {
    ({ page, api } = suite);
  });

  it('rejects a wrong password with a message, and lists the demo accounts', async () => {
    await page.goto(api.url);
    const form = page.getByTestId('login-form');
    await form.waitFor();
    await expect(page.textContent('body')).resolves.toContain('lider@demo.caf-benchmark.pl');
    await form.getByLabel('E-mail').fill('lider@demo.caf-benchmark.pl');
    await form.getByLabel('Hasło').fill('wrong-password');
    await form.getByRole('button', { name: 'Zaloguj się' }).click();
    await page.getByRole('alert').first().waitFor();
  });

  it('lets an admin invite a user and see the one-time link, then find it in the audit log', async () => {
    await signInThroughForm(page, api.url, 'ADMIN');
    await page.getByTestId('nav-users').click();
    await page.getByTestId('users-table').waitFor();
    const invite = page.getByTestId('invite-form');
    await invite.getByLabel('E-mail').fill('nowa.osoba@example.pl');
    await invite.getByLabel(/Imię i nazwisko|Nazwa/).fill('Nowa Osoba');
    await invite.getByRole('button', { name: /Zaproś/ }).click();
    const link = page.getByTestId('invitation-link');
    await link.waitFor();
    await expect(link.inputValue()).resolves.toMatch(/\?invitation=[\w-]{40,}$/);
    const invitationUrl = await link.inputValue();

    await page.getByTestId('nav-audit').click();
    const audit = page.getByTestId('audit-table');
    await audit.waitFor();
    await expect(audit.textContent()).resolves.toContain('user.invite');

    // The invited person opens the link in a fresh browser session and sets a password.
    const invitee = await page.context().browser()!.newPage({ locale: 'pl-PL' });
    try {
      await invitee.goto(invitationUrl.replace(/^https?:\/\/[^/]+/, api.url));
      const form = invitee.getByTestId('invitation-form');
      await form.waitFor();
      await invitee.getByTestId('invitation-password').fill('a-long-enough-password');
      await invitee.getByTestId('invitation-password-repeat').fill('a-long-enough-password');
      await invitee.getByTestId('invitation-submit').click();
      await invitee.getByTestId('sign-out').waitFor();
      await expect(invitee.url()).not.toContain('invitation=');
    } finally {
      await invitee.close();
    }
  });

  it('hides the admin screens from other roles, and signs out', async () => {
    await signInThroughForm(page, api.url, 'OFFICE_EDITOR');
    await expect(page.getByTestId('nav-users').count()).resolves.toBe(0);
    await page.getByTestId('sign-out').click();
    await page.getByTestId('login-form').waitFor();
  });

  it('lets an admin publish the open cycle, which then appears among the releases', async () => {
    await signInThroughForm(page, api.url, 'ADMIN');
    await page.getByTestId('nav-releases').click();
    const table = page.getByTestId('releases-table');
    await table.waitFor();
    await expect(table.textContent()).resolves.toContain('2024');
    const form = page.getByTestId('release-form');
    await form.getByLabel('Rok cyklu').fill('2026');
    await form.getByTestId('release-submit').click();
    await page
      .getByTestId('release-confirm')
      .getByRole('button', { name: /Opublikuj/ })
      .click();
    await page.getByTestId('release-feedback').waitFor();
    await expect(table.textContent()).resolves.toContain('2026');
  });
});
