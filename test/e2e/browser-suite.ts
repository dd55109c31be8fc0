import type { Browser, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../support/api';
import { launchChromium } from '../support/browser';

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
    page = await browser!.newPage({ locale: 'pl-PL' });
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
