// @ts-check
/**
 * `npm start`: builds the PWA, the extension and the mock portal's wizard, then serves the PWA and
 * the mock portal on 127.0.0.1 and says how to load the unpacked extension. Ctrl+C stops both.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { preview } from 'vite';
import { startPortal } from '../tests/fixtures/portal/server.mjs';

const root = resolve(import.meta.dirname, '..');
const PWA_PORT = Number(process.env.PWA_PORT ?? 4173);
const PORTAL_PORT = Number(process.env.PORTAL_PORT ?? 5174);

if (!process.argv.includes('--no-build')) {
  console.log('Membangun PWA, ekstensi dan portal contoh… / Building the PWA, the extension and the mock portal…');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}

const pwa = await preview({
  root,
  configFile: resolve(root, 'vite.config.ts'),
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: PWA_PORT, strictPort: true },
});
const portal = await startPortal({ port: PORTAL_PORT, host: '127.0.0.1' });

console.log(`
Lentera berjalan / Lentera is running

  PWA (aplikasi pendamping):      http://127.0.0.1:${PWA_PORT}/
  Portal contoh (mock portal):    ${portal.url}/   (masuk: nama apa saja, kata sandi "rahasia")

Memasang ekstensi / Loading the extension:
  1. Buka chrome://extensions di Chrome/Chromium, nyalakan "Developer mode".
  2. Klik "Load unpacked" dan pilih folder:
       ${resolve(root, 'dist/extension')}
  3. Buka portal contoh, klik ikon Lentera untuk membuka panel samping,
     lalu izinkan Lentera di situs portal itu.

Tekan Ctrl+C untuk berhenti / Press Ctrl+C to stop.
`);

async function stop() {
  await Promise.allSettled([pwa.close(), portal.close()]);
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
