/**
 * A minimal ZIP writer (PKWARE APPNOTE 6.3, no ZIP64, no data descriptors): local header + data
 * for each entry, then the central directory and its end record. Names are UTF-8 (flag bit 11);
 * every entry carries the same timestamp, so the same rows always give the same bytes.
 * fflate does the deflating; the container is written here so the reader's checks (sizes known
 * up front, CRC of every entry, no overlaps) hold for everything Lentera writes.
 */
import { deflateSync } from 'fflate';
import { bundleTooLarge } from './bundle-error';
import { crc32 } from './crc32';

export const ZIP_SIG = {
  local: 0x04034b50,
  central: 0x02014b50,
  end: 0x06054b50,
} as const;
export const METHOD_STORED = 0;
export const METHOD_DEFLATED = 8;
export const FLAG_UTF8 = 0x0800;

const MAX_ENTRIES = 0xffff;
const MAX_32 = 0xffffffff;

interface WrittenEntry {
  readonly name: Uint8Array;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

/** MS-DOS time and date of an instant, read in UTC so the bytes do not depend on the device's zone. */
export function dosDateTime(at: Date): { time: number; date: number } {
  const year = Math.min(Math.max(at.getUTCFullYear(), 1980), 2107);
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly entries: WrittenEntry[] = [];
  private readonly encoder = new TextEncoder();
  private readonly stamp: { time: number; date: number };
  private offset = 0;

  constructor(modified: Date) {
    this.stamp = dosDateTime(modified);
  }

  /** Adds one entry; `deflate: false` stores it as is (JPEGs gain nothing from deflating). */
  add(name: string, data: Uint8Array, deflate: boolean): void {
    if (this.entries.length >= MAX_ENTRIES) throw bundleTooLarge(this.offset, this.offset);
    const nameBytes = this.encoder.encode(name);
    const body = deflate ? deflateSync(data, { level: 6 }) : data;
    if (data.length > MAX_32 || this.offset + 30 + nameBytes.length + body.length > MAX_32) {
      throw bundleTooLarge(this.offset + body.length, MAX_32);
    }
    const entry: WrittenEntry = {
      name: nameBytes,
      method: deflate ? METHOD_DEFLATED : METHOD_STORED,
      crc: crc32(data),
      compressedSize: body.length,
      size: data.length,
      offset: this.offset,
    };
    const header = new Uint8Array(30 + nameBytes.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, ZIP_SIG.local, true);
    view.setUint16(4, 20, true);
    this.writeCommon(view, 6, entry);
    view.setUint16(28, 0, true);
    header.set(nameBytes, 30);
    this.push(header);
    this.push(body);
    this.entries.push(entry);
  }

  /** The whole archive. The writer must not be used afterwards. */
  finish(): Uint8Array<ArrayBuffer> {
    const cdStart = this.offset;
    for (const entry of this.entries) {
      const record = new Uint8Array(46 + entry.name.length);
      const view = new DataView(record.buffer);
      view.setUint32(0, ZIP_SIG.central, true);
      view.setUint16(4, 20, true);
      view.setUint16(6, 20, true);
      this.writeCommon(view, 8, entry);
      // extra length, comment length, disk, internal and external attributes: all zero.
      view.setUint32(42, entry.offset, true);
      record.set(entry.name, 46);
      this.push(record);
    }
    const end = new Uint8Array(22);
    const view = new DataView(end.buffer);
    view.setUint32(0, ZIP_SIG.end, true);
    view.setUint16(8, this.entries.length, true);
    view.setUint16(10, this.entries.length, true);
    view.setUint32(12, this.offset - cdStart, true);
    view.setUint32(16, cdStart, true);
    this.push(end);
    const out = new Uint8Array(this.offset);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    this.chunks.length = 0;
    return out;
  }

  /** Flags through name length: identical in local headers (at 6) and central records (at 8). */
  private writeCommon(view: DataView, at: number, entry: WrittenEntry): void {
    view.setUint16(at, FLAG_UTF8, true);
    view.setUint16(at + 2, entry.method, true);
    view.setUint16(at + 4, this.stamp.time, true);
    view.setUint16(at + 6, this.stamp.date, true);
    view.setUint32(at + 8, entry.crc, true);
    view.setUint32(at + 12, entry.compressedSize, true);
    view.setUint32(at + 16, entry.size, true);
    view.setUint16(at + 20, entry.name.length, true);
  }

  private push(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    this.offset += chunk.length;
  }
}
