import type { Page } from 'playwright-core';
import type { TestApi } from '../support/api';
import { browserSuite } from './browser-suite';
import { signInThroughForm } from './sign-in';

describe('programme page in Chromium', () => {
  const suite = browserSuite();
  let page: Page;
  let api: TestApi;
  beforeEach(() => {
    ({ page, api } = suite);
  });

  it('shows the demo programme: participants with ISO and label status, and the criterion chart', async () => {
    await signInThroughForm(page, api.url, 'PROGRAMME_LEADER');
    await page
      .getByRole('heading', { level: 1, name: /Program doskonalenia jakości usług publicznych/ })
      .waitFor();
    await expect(page.getByTestId('demo-banner').textContent()).resolves.toMatch(
      /Dane demonstracyjne/,
    );

    const table = page.getByTestId('participants-table');
    await expect(table.locator('caption').textContent()).resolves.toMatch(/Urzędy uczestniczące/);
    const leaderRow = table.getByRole('row').filter({ hasText: 'Urząd Miasta Dzierżoniów' });
    await expect(leaderRow.count()).resolves.toBe(1);
    await expect(leaderRow.textContent()).resolves.toMatch(/ISO 9001/);
    await expect(table.getByRole('row').count()).resolves.toBeGreaterThan(20);

    const chart = page.getByTestId('criterion-chart');
    await chart.waitFor();
    await expect(chart.getAttribute('aria-label')).resolves.toMatch(
      /Średnia programu według kryteriów CAF/,
    );
    await expect(chart.locator('.recharts-bar-rectangle').count()).resolves.toBeGreaterThanOrEqual(
      9,
    );
  });

  it('switches the interface to English', async () => {
    await signInThroughForm(page, api.url, 'PROGRAMME_LEADER');
    await page.getByTestId('participants-table').waitFor();
    await page.getByTestId('language-switch').click();
    await page
      .getByText(/Demo data/)
      .first()
      .waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });

  it('shows an error with a retry when the API fails, and recovers', async () => {
    await signInThroughForm(page, api.url, 'PROGRAMME_LEADER');
    let failing = true;
    await page.route('**/graphql', route =>
      failing ? route.fulfill({ status: 500, body: 'down' }) : route.continue(),
    );
    await page.reload();
    const alert = page.getByRole('alert').first();
    await alert.waitFor();
    failing = false;
    await alert.getByRole('button').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
  });
});
