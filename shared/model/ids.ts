/**
 * Client-made ids: UUIDv7 (RFC 9562), so ids sort by creation time and never collide across
 * devices. Uses `crypto.getRandomValues`, present in browsers, workers and Node alike.
 */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

let lastMs = 0;
let counter = 0;

export function newId(nowMs: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  // Keep ids made in the same millisecond in order: a 12-bit counter in rand_a.
  if (nowMs <= lastMs) {
    counter = (counter + 1) & 0xfff;
    nowMs = lastMs;
  } else {
    counter = ((bytes[6] ?? 0) & 0x07) << 8;
    lastMs = nowMs;
  }
  const ms = BigInt(nowMs);
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = 0x70 | ((counter >> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const h = Array.from(bytes, (b) => HEX[b] ?? '00');
  return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h.slice(8, 10).join('')}-${h.slice(10).join('')}`;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && UUID_RE.test(value);
}
