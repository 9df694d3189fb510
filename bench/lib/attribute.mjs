// @ts-check
/**
 * What a set of built chunks is made of: each minified byte is attributed to its source module
 * through the chunk's source map (base64 VLQ `mappings`), then grouped by package (node_modules)
 * or by project folder. Used when the first screen is over budget, on a second build of the PWA
 * with source maps (the measured build stays exactly as shipped).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = new Map([...B64].map((c, i) => [c, i]));

/** @param {string} segment @returns {number[]} */
function decodeVlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = VALUE.get(char) ?? 0;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** A readable owner of a source path: `preact`, `dexie`, `shared/i18n`, `pwa/src/screens`. @param {string} source */
export function ownerOf(source) {
  const path = source.replace(/^(\.\.\/)+/, '').replace(/^\/?/, '');
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 'node_modules/'.length).split('/');
    return (rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]) ?? path;
  }
  const parts = path.split('/');
  if (parts[0] === 'pwa' && parts[1] === 'src') return parts.slice(0, parts.length > 4 ? 4 : 3).join('/');
  return parts.slice(0, 2).join('/');
}

/**
 * Bytes of `files` per owner: minified bytes, and the gzip size of that owner's code alone (the
 * gzip shares do not add up to the chunk's gzip size, which compresses across owners).
 * @param {string[]} files built .js files that have a `.map` beside them
 */
export function attribute(files) {
  /** @type {Map<string, string[]>} */
  const slices = new Map();
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    if (!existsSync(`${file}.map`)) {
      // A chunk without a map (the bundler's own runtime helpers).
      const list = slices.get('(bundler runtime)') ?? [];
      list.push(code);
      slices.set('(bundler runtime)', list);
      continue;
    }
    const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    const lines = code.split('\n');
    const mappingLines = String(map.mappings).split(';');
    let source = 0;
    for (const [lineIndex, mappingLine] of mappingLines.entries()) {
      const line = lines[lineIndex] ?? '';
      let column = 0;
      /** @type {{ column: number, source: number | null }[]} */
      const segments = [];
      for (const raw of mappingLine.split(',')) {
        if (raw === '') continue;
        const fields = decodeVlq(raw);
        column += fields[0] ?? 0;
        if (fields.length >= 4) {
          source += fields[1] ?? 0;
          segments.push({ column, source });
        } else {
          segments.push({ column, source: null });
        }
      }
      for (const [i, segment] of segments.entries()) {
        const end = segments[i + 1]?.column ?? line.length;
        const owner = segment.source === null ? '(generated)' : ownerOf(String(map.sources[segment.source] ?? '?'));
        const list = slices.get(owner) ?? [];
        list.push(line.slice(segment.column, end));
        slices.set(owner, list);
      }
    }
  }
  return [...slices]
    .map(([owner, parts]) => {
      const text = parts.join('');
      return { owner, bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
    })
    .sort((a, b) => b.bytes - a.bytes);
}
