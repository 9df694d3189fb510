// @ts-check
/**
 * The browser tests need Debian's Chromium. When it is missing, install it (as root, after
 * `apt-get update`, as a fresh machine needs); where that is impossible, stop with one line that
 * says what to do. Never skip the browser tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const found = () =>
  PATHS.find((path) => existsSync(path)) ??
  (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined);

if (found() === undefined) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(
      'Chromium is missing: run `sudo apt-get update && sudo apt-get install -y chromium`, then `npm test` again.',
    );
    process.exit(1);
  }
  console.log("Chromium is missing; installing Debian's chromium (apt-get update && apt-get install -y chromium)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
  } catch {
    console.error(
      'Could not install Chromium: run `apt-get update && apt-get install -y chromium` as root, then `npm test` again.',
    );
    process.exit(1);
  }
  if (found() === undefined) {
    console.error('Chromium still missing after apt-get: install the `chromium` package, then `npm test` again.');
    process.exit(1);
  }
}
console.log(`Chromium: ${found()}`);
