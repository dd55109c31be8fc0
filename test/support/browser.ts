import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Debian's Chromium (or CHROME_PATH); the suite never downloads a browser. */
export function chromiumPath(): string {
  const configured = process.env.CHROME_PATH;
  if (configured) {
    if (!existsSync(configured)) {
      throw new Error(`CHROME_PATH=${configured} does not exist.`);
    }
    return configured;
  }
  const found = CANDIDATES.find(candidate => existsSync(candidate));
  if (!found) {
    throw new Error(
      "Browser tests need Chromium: install Debian's package with " +
        '`apt-get install -y --no-install-recommends chromium` (as .ci/run does) or set CHROME_PATH.',
    );
  }
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    // Background networking off: this machine's closed network refuses Chromium's own calls home.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
