/**
 * Finds a Chromium to drive: $CHROMIUM_PATH, a system package, or a browser
 * Playwright installed itself. With none, fail loudly with how to get one:
 * a browser suite that skips silently would pass without testing anything.
 */
import fs from 'node:fs';
import {chromium} from '@playwright/test';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const system = SYSTEM_CHROMIUMS.find((candidate) => fs.existsSync(candidate));
  if (system) return system;
  const bundled = chromium.executablePath();
  if (bundled && fs.existsSync(bundled)) return bundled;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Install one of:',
      '  Debian/Ubuntu: sudo apt-get install -y chromium',
      '  any OS:        npx playwright install chromium',
      'or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  );
}

/** Flags that keep headless Chromium from reaching out to Google's services or stalling without a GPU. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
