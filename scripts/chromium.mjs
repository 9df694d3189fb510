// @ts-check
/** Where Debian's Chromium lives and the flags it needs on this kind of machine (see TOOLING.md). */
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {string} */
export function findChromium() {
  for (const path of CANDIDATES) if (path && existsSync(path)) return path;
  throw new Error('Chromium tidak ditemukan. Jalankan: sudo apt-get update && sudo apt-get install -y chromium');
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
