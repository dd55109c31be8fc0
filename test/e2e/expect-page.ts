import type { Locator, Page } from 'playwright-core';
import { waitFor } from '../support/wait';

/**
 * How long a browser test waits for the page to show what it expects: generous, because a busy
 * machine renders late, and well inside jest's 60 s so that a failure says what the page showed.
 */
export const PAGE_WAIT_MS = 20_000;

/**
 * Tries `assertion` until it passes or PAGE_WAIT_MS is over, then fails with its last error.
 * playwright-core has no auto-retrying `expect` (that is @playwright/test's), and a page read
 * once may not have rendered yet: every assertion about the page goes through here.
 */
export async function eventually(assertion: () => Promise<void>): Promise<void> {
  let failure: unknown;
  const passes = () =>
    assertion().then(
      () => true,
      (error: unknown) => {
        failure = error;
        return false;
      },
    );
  await waitFor(passes, { timeoutMs: PAGE_WAIT_MS }).catch(() => {
    throw failure;
  });
}

/** Waits until the element's text contains `expected` (a substring) or matches it (a pattern). */
export const expectText = (locator: Locator, expected: string | RegExp): Promise<void> =>
  eventually(async () => expect(await locator.textContent()).toMatch(expected));

/** Waits until the locator matches `expected` elements, or at least `atLeast` of them. */
export const expectCount = (
  locator: Locator,
  expected: number | { atLeast: number },
): Promise<void> =>
  eventually(async () => {
    const count = await locator.count();
    if (typeof expected === 'number') {
      expect(count).toBe(expected);
    } else {
      expect(count).toBeGreaterThanOrEqual(expected.atLeast);
    }
  });

/** A phone's viewport (iPhone 12–15): the app must fit its width without scrolling sideways. */
export const PHONE_VIEWPORT = { width: 390, height: 844 };

/** Waits until the document is no wider than the viewport: only tables may scroll, inside themselves. */
export const expectNoHorizontalScroll = (page: Page): Promise<void> =>
  eventually(async () => {
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
