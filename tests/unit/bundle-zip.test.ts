import { inflateSync, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../shared/bundle/base64';
import { crc32 } from '../../shared/bundle/crc32';
import { openZip, type ZipLimits } from '../../shared/bundle/zip-reader';
import { ZipWriter } from '../../shared/bundle/zip-writer';
import { AppError } from '../../shared/errors';
import { ZEROS_100MB_CRC } from '../fixtures/bundles/hostile-zip-cases';
import { deflatedZeros, rawZip } from '../fixtures/bundles/raw-zip';

const roomy: ZipLimits = { entries: 100, totalBytes: 1 << 30, maxEntrySize: () => 1 << 26 };

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('zip writer and reader', () => {
  const text = strToU8('{"halo":"dunia"}'.repeat(200));
  const picture = new Uint8Array(3000).map((_, i) => (i * 7) & 0xff);

  it('writes archives that fflate reads back byte for byte', () => {
    const writer = new ZipWriter(new Date('2026-01-05T01:00:00.000Z'));
    writer.add('bundle.json', text, true);
    writer.add('photos/a.jpg', picture, false);
    const files = unzipSync(writer.finish());
    expect(Object.keys(files)).toEqual(['bundle.json', 'photos/a.jpg']);
    expect(files['bundle.json']).toEqual(text);
    expect(files['photos/a.jpg']).toEqual(picture);
  });

  it('reads archives fflate wrote, stored and deflated, checking each CRC', () => {
    const archive = zipSync({ 'a.json': [text, { level: 6 }], 'b.bin': [picture, { level: 0 }] });
    const zip = openZip(archive, roomy);
    expect(zip.entries.map((entry) => [entry.name, entry.method])).toEqual([
      ['a.json', 8],
      ['b.bin', 0],
    ]);
    const [a, b] = zip.entries;
    if (a === undefined || b === undefined) throw new Error();
    expect(zip.read(a)).toEqual(text);
    expect(zip.read(b)).toEqual(picture);
  });

  it('gives the same bytes for the same content and time', () => {
    const make = () => {
      const writer = new ZipWriter(new Date('2026-01-05T01:00:00.000Z'));
      writer.add('x.json', text, true);
      return writer.finish();
    };
    expect(make()).toEqual(make());
  });

  it('refuses an entry whose bytes do not match their checksum', () => {
    const writer = new ZipWriter(new Date(0));
    writer.add('x.bin', picture, false);
    const archive = writer.finish();
    const at = 30 + 'x.bin'.length + 100;
    archive[at] = (archive[at] ?? 0) ^ 0xff;
    const zip = openZip(archive, roomy);
    const [entry] = zip.entries;
    if (entry === undefined) throw new Error();
    const error = refusal(() => zip.read(entry));
    expect(error.details).toEqual({ path: 'x.bin', detail: 'is damaged (its checksum differs)' });
  });

  it('refuses names the caller does not expect, and sizes over the caller limit, before inflating', () => {
    const writer = new ZipWriter(new Date(0));
    writer.add('big.json', new Uint8Array(5000), true);
    const archive = writer.finish();
    expect(refusal(() => openZip(archive, { ...roomy, maxEntrySize: () => null })).details.detail).toBe(
      'is not part of a Lentera bundle',
    );
    expect(refusal(() => openZip(archive, { ...roomy, maxEntrySize: () => 4000 })).code).toBe('bundle.tooLarge');
    expect(refusal(() => openZip(archive, { ...roomy, totalBytes: 4000 })).code).toBe('bundle.tooLarge');
  });
});

describe('zip bombs', () => {
  it('the hand-written deflate stream of zeros inflates to exactly that many zeros', () => {
    for (const count of [0, 1, 2, 258, 259, 260, 1000, 65_536]) {
      expect(inflateSync(deflatedZeros(count)), `${count} zeros`).toEqual(new Uint8Array(count));
    }
    expect(crc32(new Uint8Array(100 * 1024 * 1024))).toBe(ZEROS_100MB_CRC);
  });

  it('stops inflating an entry that lies about its size as soon as it passes it', () => {
    const body = deflatedZeros(100 * 1024 * 1024);
    const archive = rawZip([{ name: 'x.json', body, method: 8, crc: 0, size: 1024 }]);
    const zip = openZip(archive, roomy);
    const [entry] = zip.entries;
    if (entry === undefined) throw new Error();
    expect(refusal(() => zip.read(entry)).details).toEqual({
      path: 'x.json',
      detail: 'is damaged (it inflates past its size)',
    });
  });
});

describe('checksums and base64', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('round-trips base64 and refuses anything not canonical', () => {
    for (const length of [0, 1, 2, 3, 12, 16]) {
      const bytes = new Uint8Array(length).map((_, i) => (i * 53 + 7) & 0xff);
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
    expect(toBase64(strToU8('Lentera'))).toBe('TGVudGVyYQ==');
    for (const bad of ['TGVudGVyYQ', 'TGVu dGVy', 'TGVudGVyYR==', '====', 'TG-_']) expect(fromBase64(bad)).toBeNull();
  });
});
