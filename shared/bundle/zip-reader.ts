/**
 * A defensive ZIP reader for bundles. fflate's `unzipSync` trusts the sizes a file declares (it
 * allocates them before inflating), never checks CRCs and keeps decoding past a lying size, so the
 * container is read here and fflate only inflates, under the limits below. Before any inflating:
 * - the end record must close the file exactly; one disk; no ZIP64 (Lentera never needs it; a
 *   size that needs it is over every limit anyway, so it is `bundle.tooLarge`);
 * - at most `limits.entries` entries, unique UTF-8 names, no encryption, stored or deflated only;
 * - each declared inflated size within `limits.maxEntrySize(name)` and their sum within
 *   `limits.totalBytes` (the 1 KB entry declaring 10 GB is refused here);
 * - every local header agrees with its central record, lies before the central directory, and no
 *   two entries share bytes (the overlapping-entries bomb).
 * Reading an entry then inflates it in slices into a buffer of the declared size, stopping as soon
 * as it would overflow (the lying bomb), and checks the length and CRC-32 against the declaration. Errors name the entry (`photos/<id>.jpg`) or `(zip)` for the container.
 */
import { Inflate } from 'fflate';
import { isAppError } from '../errors';
import { bundleInvalid, bundleTooLarge } from './bundle-error';
import { crc32 } from './crc32';
import { decodeUtf8 } from './parse-json-entry';
import { METHOD_DEFLATED, METHOD_STORED, ZIP_SIG } from './zip-writer';

export const ZIP_PATH = '(zip)';
const MAX_COMMENT = 0xffff;
const ZIP64_16 = 0xffff;
const ZIP64_32 = 0xffffffff;
/** Compressed bytes fed to the inflater at a time: at most ~66 MB of output each, even from a bomb. */
const INFLATE_SLICE = 64 * 1024;

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly dataStart: number;
}

export interface ZipLimits {
  readonly entries: number;
  readonly totalBytes: number;
  /** The largest inflated size allowed for an entry of this name; null refuses the name. */
  readonly maxEntrySize: (name: string) => number | null;
}

export interface ZipArchive {
  /** In the order of the central directory. */
  readonly entries: readonly ZipEntry[];
  readonly byName: ReadonlyMap<string, ZipEntry>;
  /** The entry's bytes, checked; stored entries are views into the archive, not copies. */
  read(entry: ZipEntry): Uint8Array;
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function findEnd(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - MAX_COMMENT);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === ZIP_SIG.end && at + 22 + view.getUint16(at + 20, true) === bytes.length) {
      return at;
    }
  }
  throw bundleInvalid(ZIP_PATH, 'is truncated or not a zip archive');
}

export function openZip(bytes: Uint8Array, limits: ZipLimits): ZipArchive {
  if (bytes.length < 22) throw bundleInvalid(ZIP_PATH, 'is truncated or not a zip archive');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(bytes, view);
  const count = view.getUint16(end + 10, true);
  const cdSize = view.getUint32(end + 12, true);
  const cdStart = view.getUint32(end + 16, true);
  if (count === ZIP64_16 || cdSize === ZIP64_32 || cdStart === ZIP64_32) {
    throw bundleTooLarge(Math.max(bytes.length, 2 ** 32), limits.totalBytes);
  }
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 6, true) !== 0) {
    throw bundleInvalid(ZIP_PATH, 'spans several disks');
  }
  if (view.getUint16(end + 8, true) !== count) throw bundleInvalid(ZIP_PATH, 'has an inconsistent entry count');
  if (count > limits.entries) throw bundleInvalid(ZIP_PATH, `has more than ${limits.entries} files`);
  if (cdStart + cdSize !== end) throw bundleInvalid(ZIP_PATH, 'has a misplaced central directory');

  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  const spans: [number, number][] = [];
  let declared = 0;
  let at = cdStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== ZIP_SIG.central) {
      throw bundleInvalid(ZIP_PATH, `has a damaged central directory (entry ${i})`);
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    if (next > end) throw bundleInvalid(ZIP_PATH, `has a damaged central directory (entry ${i})`);
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = decodeUtf8(nameBytes, `${ZIP_PATH} entry ${i}`);
    if (compressedSize === ZIP64_32 || size === ZIP64_32 || offset === ZIP64_32) {
      const extra = bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + view.getUint16(at + 30, true));
      throw bundleTooLarge(zip64Size(extra) ?? 2 ** 32, limits.totalBytes);
    }
    if (byName.has(name)) throw bundleInvalid(name, 'appears twice in the archive');
    if (flags & 0x0001) throw bundleInvalid(name, 'is encrypted inside the zip');
    if (method !== METHOD_STORED && method !== METHOD_DEFLATED) {
      throw bundleInvalid(name, `uses an unsupported compression (method ${method})`);
    }
    const max = limits.maxEntrySize(name);
    if (max === null) throw bundleInvalid(name, 'is not part of a Lentera bundle');
    if (size > max) throw bundleTooLarge(size, max);
    declared += size;
    if (declared > limits.totalBytes) throw bundleTooLarge(declared, limits.totalBytes);
    if (method === METHOD_STORED && compressedSize !== size) throw bundleInvalid(name, 'has inconsistent sizes');
    const dataStart = checkLocalHeader(bytes, view, offset, nameBytes, method, name);
    if (dataStart + compressedSize > cdStart) throw bundleInvalid(name, 'runs past the end of its data');
    spans.push([offset, dataStart + compressedSize]);
    const entry: ZipEntry = { name, method, crc, compressedSize, size, dataStart };
    entries.push(entry);
    byName.set(name, entry);
    at = next;
  }
  if (at !== end) throw bundleInvalid(ZIP_PATH, 'has unexpected bytes after the central directory');
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) {
    if ((spans[i]?.[0] ?? 0) < (spans[i - 1]?.[1] ?? 0)) throw bundleInvalid(ZIP_PATH, 'has overlapping entries');
  }
  return { entries, byName, read: (entry) => readEntry(bytes, entry) };
}

/** The inflated size a ZIP64 extra field (id 1) declares, for the message; null if there is none. */
function zip64Size(extra: Uint8Array): number | null {
  const view = new DataView(extra.buffer, extra.byteOffset, extra.byteLength);
  for (let at = 0; at + 12 <= extra.length; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) === 1) return Number(view.getBigUint64(at + 4, true));
  }
  return null;
}

function checkLocalHeader(
  bytes: Uint8Array,
  view: DataView,
  offset: number,
  nameBytes: Uint8Array,
  method: number,
  name: string,
): number {
  if (offset + 30 > bytes.length || view.getUint32(offset, true) !== ZIP_SIG.local) {
    throw bundleInvalid(name, 'has a damaged local header');
  }
  const nameLength = view.getUint16(offset + 26, true);
  const dataStart = offset + 30 + nameLength + view.getUint16(offset + 28, true);
  if (view.getUint16(offset + 8, true) !== method || nameLength !== nameBytes.length || dataStart > bytes.length) {
    throw bundleInvalid(name, 'has a local header that disagrees with the directory');
  }
  const localName = bytes.subarray(offset + 30, offset + 30 + nameLength);
  for (let i = 0; i < nameLength; i++) {
    if (localName[i] !== nameBytes[i])
      throw bundleInvalid(name, 'has a local header that disagrees with the directory');
  }
  return dataStart;
}

function readEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const raw = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const data = entry.method === METHOD_STORED ? raw : inflateBounded(raw, entry);
  if (data.length !== entry.size) throw bundleInvalid(entry.name, 'is damaged (its size differs)');
  if (crc32(data) !== entry.crc) throw bundleInvalid(entry.name, 'is damaged (its checksum differs)');
  return data;
}

/**
 * Inflates into a buffer of the declared size, feeding the input in small slices and stopping as
 * soon as the output would pass the declaration. Deflate expands at most ~1032:1, so the work is
 * bounded by the declared size plus one slice's worth, however the entry lies; a one-shot inflate
 * into a fixed buffer would instead keep decoding (and discarding) everything the input encodes.
 */
function inflateBounded(raw: Uint8Array, entry: ZipEntry): Uint8Array {
  const out = new Uint8Array(entry.size);
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    if (filled + chunk.length > out.length) throw bundleInvalid(entry.name, 'is damaged (it inflates past its size)');
    out.set(chunk, filled);
    filled += chunk.length;
  });
  try {
    if (raw.length === 0) inflater.push(raw, true);
    for (let at = 0; at < raw.length; at += INFLATE_SLICE) {
      inflater.push(raw.subarray(at, at + INFLATE_SLICE), at + INFLATE_SLICE >= raw.length);
    }
  } catch (cause) {
    if (isAppError(cause)) throw cause;
    throw bundleInvalid(entry.name, 'is damaged (cannot be decompressed)', cause);
  }
  return out.subarray(0, filled);
}
