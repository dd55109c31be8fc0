import type { Browser, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../support/api';
import { launchChromium } from '../support/browser';
import { PAGE_WAIT_MS } from './expect-page';

export interface BrowserSuite {
  /** The demo API serving the built client. */
  readonly api: TestApi;
  /** A fresh Polish-locale page for the current test. */
  readonly page: Page;
}

/**
 * Registers the hooks of a browser test file: one demo API and one Chromium for the file, a new
 * page per test. Read the fields inside tests, after the hooks have run.
 */
export function browserSuite(): BrowserSuite {
  let api: TestApi | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;
  beforeAll(async () => {
    [api, browser] = await Promise.all([startTestApi({ demo: true }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });
  beforeEach(async () => {
    // Reduced motion: the app then draws its charts without animation, so what a test reads has
    // settled, and a busy machine spends no time on animation frames.
    page = await browser!.newPage({ locale: 'pl-PL', reducedMotion: 'reduce' });
    // Every wait and action fails well inside jest's timeout, with playwright's own message.
    page.setDefaultTimeout(PAGE_WAIT_MS);
  });
  afterEach(() => page?.close());
  return {
    get api() {
      return api!;
    },
    get page() {
      return page!;
    },
  };
}
