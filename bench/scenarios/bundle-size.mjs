// @ts-check
/**
 * Bundle sizes (gzip -9 and brotli q11, via node:zlib) per entry point of the production builds.
 *
 * - PWA first screen: index.html's module script plus everything it imports statically (what the
 *   browser must fetch and run before the home screen), found by following the built files' own
 *   `import … from "./x.js"` statements; nothing is configured in vite for this.
 * - Every lazily loaded screen: a dynamic `import("./x.js")` target, counted with its static
 *   imports that the first screen does not already load (what opening that screen costs).
 * - The service worker, the whole precache (what an install downloads), and the extension's side
 *   panel, background and content scripts.
 * Budget: first screen ≤ 60 KiB of JS, gzip.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { attribute } from '../lib/attribute.mjs';
import { buildPwaWithSourcemaps, EXTENSION_DIST, PWA_DIST, PWA_SOURCEMAP_DIST } from '../lib/build.mjs';

export const FIRST_SCREEN_BUDGET_KIB = 60;

const STATIC_IMPORT = /\bimport\s*(?:[\w$*{},\s]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+?\.js)["'`]/g;
const STATIC_EXPORT = /\bexport\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*["'`](\.{1,2}\/[^"'`]+?\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+?\.js)["'`]\s*\)/g;

/** @type {Map<string, { raw: number, gzip: number, brotli: number }>} */
const cache = new Map();

/** @param {string} file */
function sizes(file) {
  const known = cache.get(file);
  if (known) return known;
  const bytes = readFileSync(file);
  const result = {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
  cache.set(file, result);
  return result;
}

/** @param {string[]} files */
function total(files) {
  const sum = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const s = sizes(file);
    sum.raw += s.raw;
    sum.gzip += s.gzip;
    sum.brotli += s.brotli;
  }
  return sum;
}

/** @param {string} file @param {RegExp} pattern */
function specifiers(file, pattern) {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(pattern)].map((m) => resolve(dirname(file), m[1] ?? ''));
}

/** The file and all its static imports, transitively. @param {string[]} entries */
function staticClosure(entries) {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = /** @type {string} */ (stack.pop());
    if (seen.has(file)) continue;
    seen.add(file);
    stack.push(...specifiers(file, STATIC_IMPORT), ...specifiers(file, STATIC_EXPORT));
  }
  return seen;
}

/** Module scripts, module preloads and stylesheets of a built HTML page. @param {string} html @param {string} root */
function pageAssets(html, root) {
  const text = readFileSync(html, 'utf8');
  const abs = (/** @type {string} */ href) => (href.startsWith('/') ? join(root, href) : resolve(dirname(html), href));
  const scripts = [...text.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => abs(m[1] ?? ''));
  const preloads = [...text.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => abs(m[1] ?? ''));
  const styles = [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => abs(m[1] ?? ''));
  return { scripts, preloads, styles };
}

/** @param {string} dir @returns {string[]} */
function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const nameOf = (/** @type {string} */ file) =>
  file
    .split('/')
    .pop()
    ?.replace(/-[\w-]{8}\.js$/, '') ?? file;

/** The first screen of a PWA build: index.html's module scripts and their static imports. @param {string} dist */
export function firstScreen(dist) {
  const page = pageAssets(join(dist, 'index.html'), dist);
  return { page, first: staticClosure([...page.scripts, ...page.preloads]) };
}

/**
 * @typedef {{ area: string, name: string, files: string[], raw: number, gzip: number, brotli: number,
 *   budgetGzip?: number, over?: boolean }} SizeRow
 */

export function measureBundles() {
  cache.clear();
  /** @type {SizeRow[]} */
  const rows = [];
  const add = (
    /** @type {string} */ area,
    /** @type {string} */ name,
    /** @type {string[]} */ files,
    budgetKiB = 0,
  ) => {
    const sum = total(files);
    /** @type {SizeRow} */
    const row = { area, name, files: files.map((f) => relative(join(PWA_DIST, '..'), f)), ...sum };
    if (budgetKiB > 0) {
      row.budgetGzip = budgetKiB * 1024;
      row.over = sum.gzip > budgetKiB * 1024;
    }
    rows.push(row);
  };

  // PWA
  const { page, first } = firstScreen(PWA_DIST);
  add('pwa', 'first screen JS (index.html + static imports)', [...first], FIRST_SCREEN_BUDGET_KIB);
  add('pwa', 'first screen CSS', page.styles);
  // Everything reachable from the first screen over static and dynamic imports; the targets of
  // dynamic imports outside the first screen are the lazily loaded parts.
  /** @type {Set<string>} */
  const lazyTargets = new Set();
  const visited = new Set(first);
  const frontier = [...first];
  while (frontier.length > 0) {
    const file = /** @type {string} */ (frontier.pop());
    for (const target of specifiers(file, DYNAMIC_IMPORT)) if (!first.has(target)) lazyTargets.add(target);
    for (const next of [...staticClosure([file]), ...specifiers(file, DYNAMIC_IMPORT)]) {
      if (visited.has(next)) continue;
      visited.add(next);
      frontier.push(next);
    }
  }
  const lazy = [...lazyTargets]
    .map((target) => ({ target, files: [...staticClosure([target])].filter((f) => !first.has(f)) }))
    .sort((a, b) => nameOf(a.target).localeCompare(nameOf(b.target)));
  for (const { target, files } of lazy) add('pwa lazy', nameOf(target), files);
  add('pwa', 'service worker (sw.js)', [join(PWA_DIST, 'sw.js')]);
  const precached = filesUnder(PWA_DIST).filter((f) => /\.(js|css|html|svg|png|webmanifest)$/.test(f));
  add('pwa', `whole app, precached at install (${precached.length} files)`, precached);
  const allJs = filesUnder(join(PWA_DIST, 'assets')).filter((f) => f.endsWith('.js'));
  const unreached = allJs.filter((f) => !first.has(f) && !visited.has(f));

  // Extension
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIST, 'manifest.json'), 'utf8'));
  const panelHtml = manifest.side_panel?.default_path;
  if (typeof panelHtml === 'string') {
    const panel = pageAssets(join(EXTENSION_DIST, panelHtml), EXTENSION_DIST);
    add('extension', 'side panel JS', [...staticClosure([...panel.scripts, ...panel.preloads])]);
  }
  const worker = manifest.background?.service_worker;
  if (typeof worker === 'string') add('extension', 'background', [...staticClosure([join(EXTENSION_DIST, worker)])]);
  /** @type {string[]} */
  const declared = (manifest.content_scripts ?? []).flatMap((/** @type {{ js?: string[] }} */ c) => c.js ?? []);
  // Content scripts are registered at run time for granted origins only, so they are not in the
  // manifest: every script under src/content/ counts.
  const contentFiles = new Set([
    ...declared.map((f) => join(EXTENSION_DIST, f)),
    ...filesUnder(join(EXTENSION_DIST, 'src', 'content')).filter((f) => f.endsWith('.js')),
  ]);
  for (const file of contentFiles)
    add('extension', `content script ${relative(EXTENSION_DIST, file)}`, [...staticClosure([file])]);
  return { rows, unreachedPwaChunks: unreached.map((f) => relative(PWA_DIST, f)) };
}

/**
 * What the first screen is made of, by package or project folder: from a second build of the PWA
 * with source maps (bench/lib/attribute.mjs). Run when the first screen is over its budget.
 */
export async function attributeFirstScreen() {
  await buildPwaWithSourcemaps();
  const { first } = firstScreen(PWA_SOURCEMAP_DIST);
  return attribute([...first]);
}
