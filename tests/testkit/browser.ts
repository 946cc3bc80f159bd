import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { repoPath } from '../../subgraphs/kit/runtime/paths';

/** Debian's chromium (playwright-core drives it; it downloads no browser of its own). CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless Chromium for the page tests. A missing browser fails the test, in CI and on a developer's machine alike,
 * with the command that installs it (.ci/run installs it before the tests).
 */
export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: the page tests drive Debian's chromium. Install it with ` +
        '`sudo apt-get update && sudo apt-get install -y chromium fonts-wqy-microhei` (or set CHROMIUM_PATH).',
    );
  return chromium.launch({ executablePath: CHROMIUM, headless: true });
}

/** Where tests keep what a person would look at afterwards (screenshots); gitignored. */
export function artifactPath(...parts: string[]): string {
  const file = repoPath('artifacts', ...parts);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}
