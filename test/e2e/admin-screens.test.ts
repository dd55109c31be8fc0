import type { Page } from 'playwright-core';
import { signInDemo, type TestApi } from '../support/api';
import { browserSuite } from './browser-suite';
import { eventually, expectNoHorizontalScroll, expectText, PHONE_VIEWPORT } from './expect-page';
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
    // The demo accounts come with the server's appInfo, after the form itself.
    await expectText(page.getByTestId('demo-accounts'), 'lider@demo.caf-benchmark.pl');
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
    await eventually(async () =>
      expect(await link.inputValue()).toMatch(/\?invitation=[\w-]{40,}$/),
    );

    await page.getByTestId('nav-audit').click();
    await expectText(page.getByTestId('audit-table'), 'user.invite');
  });

  it('lets an invited person set a password through the one-time link, and signs them in', async () => {
    // The admin's side is the test above; here the link comes from the API, to a fresh session.
    const admin = await signInDemo(api, 'ADMIN');
    const invited = await admin.gql<{ inviteUser: { invitationUrl: string } }>(
      'mutation { inviteUser(input: { email: "zaproszona@example.pl", displayName: "Zaproszona Osoba", roles: [{ role: MINISTRY_ANALYST }] }) { invitationUrl } }',
    );
    const invitationUrl = invited.data!.inviteUser.invitationUrl;
    await page.goto(invitationUrl.replace(/^https?:\/\/[^/]+/, api.url));
    await page.getByTestId('invitation-form').waitFor();
    await page.getByTestId('invitation-password').fill('a-long-enough-password');
    await page.getByTestId('invitation-password-repeat').fill('a-long-enough-password');
    await page.getByTestId('invitation-submit').click();
    await page.getByTestId('sign-out').waitFor();
    await page.waitForURL(url => !url.searchParams.has('invitation'));
  });

  it('hides the admin screens from other roles, and signs out', async () => {
    await signInThroughForm(page, api.url, 'OFFICE_EDITOR');
    // The navigation renders all its items at once: with this one shown, an admin item would be too.
    await page.getByTestId('nav-programmes').waitFor();
    expect(await page.getByTestId('nav-users').count()).toBe(0);
    await page.getByTestId('sign-out').click();
    await page.getByTestId('login-form').waitFor();
  });

  it('fits the admin screens on a phone, reached through the header menu', async () => {
    await signInThroughForm(page, api.url, 'ADMIN');
    await page.setViewportSize(PHONE_VIEWPORT);
    const toggle = page.getByTestId('menu-toggle');
    for (const [nav, table, text] of [
      ['nav-users', 'users-table', 'lider@demo.caf-benchmark.pl'],
      ['nav-audit', 'audit-table', 'session.create'],
    ]) {
      await toggle.click();
      await page.getByTestId(nav).click();
      // The menu closes once a screen is chosen.
      await eventually(async () =>
        expect(await toggle.getAttribute('aria-expanded')).toBe('false'),
      );
      await expectText(page.getByTestId(table), text);
      await expectNoHorizontalScroll(page);
    }
  });

  it('lets an admin publish the open cycle, which then appears among the releases', async () => {
    await signInThroughForm(page, api.url, 'ADMIN');
    await page.getByTestId('nav-releases').click();
    const table = page.getByTestId('releases-table');
    await expectText(table, '2024');
    const form = page.getByTestId('release-form');
    await form.getByLabel('Rok cyklu').fill('2026');
    await form.getByTestId('release-submit').click();
    await page
      .getByTestId('release-confirm')
      .getByRole('button', { name: /Opublikuj/ })
      .click();
    // The release runs in the background; the screen follows its job to the end.
    await expectText(page.getByTestId('release-result'), /Opublikowano cykl 2026/);
    await expectText(table, '2026');
  });

  it('follows a running release, shows its failure and publishes on retry', async () => {
    // A job as another admin's running release would leave it (no worker: the test moves it on).
    const [{ id }] = await api.db.dataSource.query(
      `INSERT INTO release_job (cycle_year, status, step, progress, started_at)
       VALUES (2027, 'RUNNING', 'RELEASING', 0.2, now()) RETURNING id`,
    );
    await signInThroughForm(page, api.url, 'ADMIN');
    await page.getByTestId('nav-releases').click();
    const bar = page.getByRole('progressbar', { name: 'Publikowanie cyklu 2027' });
    await eventually(async () => expect(await bar.getAttribute('aria-valuenow')).toBe('20'));
    await expectText(page.getByTestId('release-step'), /Zamrażanie zestawienia/);
    await api.db.dataSource.query(
      `UPDATE release_job SET status = 'FAILED', error = 'The release was interrupted before it finished; retry it.', finished_at = now() WHERE id = $1`,
      [id],
    );
    const result = page.getByTestId('release-result');
    await expectText(result, /nie powiodła się/);
    await result.getByTestId('release-retry').click();
    await expectText(result, /Opublikowano cykl 2027/);
    await expectText(page.getByTestId('releases-table'), '2027');
  });
});
