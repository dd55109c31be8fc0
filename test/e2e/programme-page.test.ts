import type { Page } from 'playwright-core';
import type { TestApi } from '../support/api';
import { browserSuite } from './browser-suite';
import {
  eventually,
  expectCount,
  expectNoHorizontalScroll,
  expectText,
  PHONE_VIEWPORT,
} from './expect-page';
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
    await expectText(page.getByTestId('demo-banner'), /Dane demonstracyjne/);

    const table = page.getByTestId('participants-table');
    await expectText(table.locator('caption'), /Urzędy uczestniczące/);
    const leaderRow = table.getByRole('row').filter({ hasText: 'Urząd Miasta Dzierżoniów' });
    await expectCount(leaderRow, 1);
    await expectText(leaderRow, /ISO 9001/);
    await expectCount(table.getByRole('row'), { atLeast: 21 });

    const chart = page.getByTestId('criterion-chart');
    await eventually(async () =>
      expect(await chart.getAttribute('aria-label')).toMatch(
        /Średnia programu według kryteriów CAF/,
      ),
    );
    // Recharts draws the bars only once it has measured its container.
    await expectCount(chart.locator('.recharts-bar-rectangle'), { atLeast: 9 });
  });

  it('switches the interface to English', async () => {
    await signInThroughForm(page, api.url, 'PROGRAMME_LEADER');
    await page.getByTestId('participants-table').waitFor();
    await page.getByTestId('language-switch').click();
    await page
      .getByText(/Demo data/)
      .first()
      .waitFor();
    await eventually(async () =>
      expect(await page.locator('html').getAttribute('lang')).toBe('en'),
    );
  });

  it('fits a phone: no sideways scrolling, the header behind a menu button (Escape closes it)', async () => {
    await signInThroughForm(page, api.url, 'PROGRAMME_LEADER');
    await page.setViewportSize(PHONE_VIEWPORT);
    // Measured once the widest parts are drawn: the participants table and the chart.
    await expectCount(page.getByTestId('participants-table').getByRole('row'), { atLeast: 21 });
    await expectCount(page.getByTestId('criterion-chart').locator('.recharts-bar-rectangle'), {
      atLeast: 9,
    });
    await expectNoHorizontalScroll(page);

    const toggle = page.getByTestId('menu-toggle');
    const signOut = page.getByTestId('sign-out');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await signOut.isVisible()).toBe(false);
    await toggle.click();
    const menu = page.locator(`[id="${await toggle.getAttribute('aria-controls')}"]`);
    await signOut.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await menu.getByTestId('sign-out').count()).toBe(1);
    await page.keyboard.press('Escape');
    await signOut.waitFor({ state: 'hidden' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.evaluate(button => button === document.activeElement)).toBe(true);

    // English has other lengths (the perturbation note, the criterion names): it fits too.
    await toggle.click();
    await menu.getByTestId('language-switch').click();
    await eventually(async () =>
      expect(await page.locator('html').getAttribute('lang')).toBe('en'),
    );
    await expectText(page.getByTestId('criterion-table'), /Citizen/);
    await expectNoHorizontalScroll(page);
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
