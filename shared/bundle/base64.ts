/**
 * Standard base64 (RFC 4648, padded) for the few bytes of an envelope header. Written out rather
 * than `btoa`/`atob` so the core needs no window-scope globals, and decoding is strict: anything
 * that is not canonical padded base64 is refused rather than guessed at.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CANONICAL = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

/** The bytes of canonical base64 text, or null. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (text.length > 4096 || !CANONICAL.test(text)) return null;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let at = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const char = text[i + k] ?? '=';
      n = (n << 6) | (char === '=' ? 0 : ALPHABET.indexOf(char));
    }
    for (const shift of [16, 8, 0]) {
      if (at < out.length) out[at++] = (n >> shift) & 0xff;
    }
  }
  // Non-canonical trailing bits (e.g. "QR==" for one byte) would decode the same as "QQ==": refuse.
  return toBase64(out) === text ? out : null;
}
