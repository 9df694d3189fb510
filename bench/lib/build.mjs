// @ts-check
/**
 * Production builds for the benchmarks, always fresh, into `dist/bench/` so a benchmark never
 * measures a stale build and never overwrites the `dist/` that tests or another engineer use.
 * Same `vite.config.ts`, same modes as `npm run build`; only the output folder differs.
 * The harness (bench/harness/*.ts) is built as one classic script for `page.addScriptTag`-free
 * loading from `/__bench/harness.js`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

export const ROOT = join(import.meta.dirname, '..', '..');
export const OUT = join(ROOT, 'dist', 'bench');
export const PWA_DIST = join(OUT, 'pwa');
export const EXTENSION_DIST = join(OUT, 'extension');
export const HARNESS_DIST = join(OUT, 'harness');
export const PORTAL_WIZARD_DIST = join(ROOT, 'dist', 'portal', 'wizard');

/** @param {string[]} args */
function vite(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`vite ${args.join(' ')} failed:\n${output.slice(-4000)}`)),
    );
  });
}

async function buildHarness() {
  await build({
    configFile: false,
    root: join(ROOT, 'bench', 'harness'),
    logLevel: 'silent',
    build: {
      outDir: HARNESS_DIST,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      lib: { entry: join(ROOT, 'bench', 'harness', 'main.ts'), formats: ['iife'], name: 'lenteraBenchHarness' },
      rollupOptions: { output: { entryFileNames: 'harness.js' } },
    },
  });
}

export const PWA_SOURCEMAP_DIST = join(OUT, 'pwa-sourcemap');

/** The same PWA build with source maps, only to attribute bytes to modules (never measured). */
export function buildPwaWithSourcemaps() {
  return vite(['build', '--outDir', PWA_SOURCEMAP_DIST, '--emptyOutDir', '--sourcemap']);
}

/** Builds everything the benchmarks load; returns the wall time of each build in ms. */
export async function buildAll() {
  /** @type {Record<string, number>} */
  const times = {};
  const timed = async (/** @type {string} */ name, /** @type {() => Promise<unknown>} */ work) => {
    const t0 = performance.now();
    await work();
    times[name] = performance.now() - t0;
  };
  await timed('pwa', () => vite(['build', '--outDir', PWA_DIST, '--emptyOutDir']));
  await timed('extension', () => vite(['build', '--mode', 'extension', '--outDir', EXTENSION_DIST, '--emptyOutDir']));
  // The mock portal serves its React wizard from dist/portal/wizard; build it only when missing.
  if (!existsSync(join(PORTAL_WIZARD_DIST, 'index.html')))
    await timed('portal', () => vite(['build', '--mode', 'portal']));
  await timed('harness', buildHarness);
  return times;
}
