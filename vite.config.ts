/// <reference types="vitest/config" />
/**
 * One config, three builds:
 *   vite build                   → the PWA            (pwa/        → dist/pwa)
 *   vite build --mode extension  → the MV3 extension  (extension/  → dist/extension)
 *   vite build --mode portal     → the mock portal's React wizard (tests/fixtures/portal/wizard → dist/portal)
 * and the test projects: `unit` (node + fake-indexeddb) and `e2e` (real Chromium via playwright-core).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';

const root = import.meta.dirname;

/**
 * crxjs lists dynamically registered content scripts as web-accessible on every http(s) page.
 * Lentera registers its content script itself (scripting.registerContentScripts) for granted
 * origins only, so no page needs to load extension files: drop those entries from the manifest.
 */
function withoutWebAccessibleContentScripts(): Plugin {
  return {
    name: 'lentera:no-web-accessible-content-scripts',
    enforce: 'post',
    writeBundle(options) {
      const file = resolve(options.dir ?? '', 'manifest.json');
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as { web_accessible_resources?: unknown[] };
      delete manifest.web_accessible_resources;
      writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}

export default defineConfig(async ({ mode }): Promise<UserConfig> => {
  if (mode === 'extension') {
    const { crx } = await import('@crxjs/vite-plugin');
    const { default: preact } = await import('@preact/preset-vite');
    const { default: manifest } = await import('./extension/manifest.config.ts');
    return {
      root: resolve(root, 'extension'),
      plugins: [preact(), crx({ manifest }), withoutWebAccessibleContentScripts()],
      build: { outDir: resolve(root, 'dist/extension'), emptyOutDir: true, target: 'chrome120' },
      server: { strictPort: true },
    };
  }
  if (mode === 'portal') {
    return {
      root: resolve(root, 'tests/fixtures/portal/wizard'),
      base: '/wizard/',
      build: { outDir: resolve(root, 'dist/portal/wizard'), emptyOutDir: true },
      oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    };
  }
  const { default: preact } = await import('@preact/preset-vite');
  const { VitePWA } = await import('vite-plugin-pwa');
  const { pwaManifest } = await import('./pwa/manifest.ts');
  return {
    root: resolve(root, 'pwa'),
    publicDir: resolve(root, 'pwa/public'),
    plugins: [
      preact(),
      VitePWA({
        strategies: 'injectManifest',
        srcDir: '.',
        filename: 'sw.ts',
        registerType: 'prompt',
        injectRegister: false,
        manifest: pwaManifest,
        injectManifest: { globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'] },
        devOptions: { enabled: false },
      }),
    ],
    define: { __APP_VERSION__: JSON.stringify(process.env.npm_package_version ?? '0.1.0') },
    build: { outDir: resolve(root, 'dist/pwa'), emptyOutDir: true, target: 'es2022' },
    preview: { host: '127.0.0.1' },
    test: {
      projects: [
        {
          test: {
            name: 'unit',
            root,
            include: ['tests/unit/**/*.test.ts'],
            environment: 'node',
            setupFiles: ['tests/unit/setup.ts'],
          },
        },
        {
          test: {
            name: 'e2e',
            root,
            include: ['tests/e2e/**/*.test.ts'],
            environment: 'node',
            testTimeout: 120_000,
            hookTimeout: 120_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
