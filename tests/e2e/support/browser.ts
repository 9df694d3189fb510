/**
 * Real Chromium for the end-to-end tests: Debian's build driven by playwright-core, a fresh
 * profile per test (a reused profile keeps old service workers), optionally with the built
 * extension loaded. Nothing here skips: a missing browser fails the test with the fix to apply.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../../scripts/chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DIST = join(ROOT, 'dist');

export interface Browser {
  readonly context: BrowserContext;
  readonly profileDir: string;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

export function newProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'lentera-profile-'));
}

/** `LENTERA_EXTENSION_DIST` lets a parallel build live beside the default `dist/extension`. */
export const EXTENSION_DIST = process.env.LENTERA_EXTENSION_DIST
  ? join(ROOT, process.env.LENTERA_EXTENSION_DIST)
  : join(DIST, 'extension');

export async function launch(
  options: {
    profileDir?: string;
    extension?: boolean;
    /** A built extension other than `EXTENSION_DIST`. */
    extensionDir?: string;
    viewport?: { width: number; height: number };
    /** Extra Chromium flags, e.g. fake camera and microphone for recording tests. */
    args?: readonly string[];
  } = {},
): Promise<Browser> {
  const profileDir = options.profileDir ?? newProfileDir();
  const args = [...chromiumArgs, ...(options.args ?? [])];
  if (options.extension) {
    const dir = options.extensionDir ?? EXTENSION_DIST;
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`Build the extension first: ${dir} is missing`);
    args.push(`--disable-extensions-except=${dir}`, `--load-extension=${dir}`);
  }
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChromium(),
    headless: true,
    args,
    viewport: options.viewport ?? { width: 800, height: 1280 },
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    serviceWorkers: 'allow',
  });
  return {
    context,
    profileDir,
    async close(closeOptions = {}) {
      await context.close();
      if (!closeOptions.keepProfile) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
