/**
 * The encrypted envelope around a bundle's zip. Byte layout (all of it, nothing before or after):
 *
 *   0 .. 11   magic `LENTERA-ENC\n` (12 ASCII bytes)
 *   12 .. n-1 header: one line of UTF-8 JSON, at most 1024 bytes, exactly these keys:
 *             {"v":1,"kdf":"PBKDF2-SHA256","iterations":600000,"salt":"<base64, 16 bytes>","iv":"<base64, 12 bytes>"}
 *   n         `\n`
 *   n+1 ..    AES-GCM-256 ciphertext of the zip followed by its 16-byte tag (WebCrypto's output)
 *
 * key = PBKDF2-HMAC-SHA256(passphrase as NFC-normalised UTF-8, salt, iterations), 256 bits; the
 * additional authenticated data is bytes 0..n (magic, header and newline), so no header byte can be
 * changed unnoticed. NFC because the same passphrase typed on an Android keyboard and on a laptop
 * may arrive composed differently.
 *
 * A wrong passphrase and altered ciphertext both fail AES-GCM's tag check: both are
 * `bundle.passphrase`, whose message says "wrong passphrase, or the file is damaged".
 * `iterations` defaults to 600,000 (OWASP 2023 for PBKDF2-SHA256); a lower count exists only as an
 * explicit option for tests. A file may ask for 1,000 to `maxKdfIterations`; more would let a file
 * stall the device.
 */
import * as v from 'valibot';
import { fromBase64, toBase64 } from './base64';
import { bundleInvalid, bundleVersion, describeIssue, formatPath, wrongPassphrase } from './bundle-error';
import { BUNDLE_LIMITS } from './bundle-limits';
import { parseJsonEntry } from './parse-json-entry';

export const ENVELOPE_MAGIC = 'LENTERA-ENC\n';
export const ENVELOPE_VERSION = 1;
export const DEFAULT_KDF_ITERATIONS = 600_000;
export const MIN_KDF_ITERATIONS = 1_000;
const ENVELOPE_PATH = '(envelope)';
const MAGIC_BYTES = new TextEncoder().encode(ENVELOPE_MAGIC);
const SALT_BYTES = 16;
const IV_BYTES = 12;
const TAG_BYTES = 16;

const base64Of = (length: number) =>
  v.pipe(
    v.string(),
    v.check((text) => fromBase64(text)?.length === length, `must be base64 of ${length} bytes`),
  );

const headerSchema = v.strictObject({
  v: v.literal(ENVELOPE_VERSION),
  kdf: v.literal('PBKDF2-SHA256'),
  iterations: v.pipe(
    v.number(),
    v.integer('must be a whole number'),
    v.minValue(MIN_KDF_ITERATIONS, `must be at least ${MIN_KDF_ITERATIONS}`),
    v.maxValue(BUNDLE_LIMITS.maxKdfIterations, `must be at most ${BUNDLE_LIMITS.maxKdfIterations}`),
  ),
  salt: base64Of(SALT_BYTES),
  iv: base64Of(IV_BYTES),
});

export function isEncryptedBundle(bytes: Uint8Array): boolean {
  if (bytes.length < MAGIC_BYTES.length) return false;
  return MAGIC_BYTES.every((byte, i) => bytes[i] === byte);
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptBundle(
  zip: Uint8Array<ArrayBuffer>,
  passphrase: string,
  iterations: number = DEFAULT_KDF_ITERATIONS,
): Promise<Uint8Array<ArrayBuffer>> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const header = JSON.stringify({
    v: ENVELOPE_VERSION,
    kdf: 'PBKDF2-SHA256',
    iterations,
    salt: toBase64(salt),
    iv: toBase64(iv),
  });
  const headerBytes = new TextEncoder().encode(`${header}\n`);
  const prefix = new Uint8Array(MAGIC_BYTES.length + headerBytes.length);
  prefix.set(MAGIC_BYTES, 0);
  prefix.set(headerBytes, MAGIC_BYTES.length);
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = new Uint8Array(
    await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: prefix }, key, zip),
  );
  const out = new Uint8Array(prefix.length + sealed.length);
  out.set(prefix, 0);
  out.set(sealed, prefix.length);
  return out;
}

/** The zip inside an envelope; refuses a damaged header, a missing or wrong passphrase, altered bytes. */
export async function decryptBundle(
  bytes: Uint8Array<ArrayBuffer>,
  passphrase: string | undefined,
): Promise<Uint8Array<ArrayBuffer>> {
  const start = MAGIC_BYTES.length;
  const limit = Math.min(bytes.length, start + BUNDLE_LIMITS.envelopeHeaderBytes + 1);
  let newline = -1;
  for (let i = start; i < limit; i++) {
    if (bytes[i] === 0x0a) {
      newline = i;
      break;
    }
  }
  if (newline < 0) throw bundleInvalid(ENVELOPE_PATH, 'has a damaged or truncated header');
  const json = parseJsonEntry(bytes.subarray(start, newline), ENVELOPE_PATH);
  const declared =
    typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as { v?: unknown }).v : null;
  if (typeof declared === 'number' && declared !== ENVELOPE_VERSION) {
    throw bundleVersion(`enc-${declared}`, `enc-${ENVELOPE_VERSION}`);
  }
  const parsed = v.safeParse(headerSchema, json, { abortEarly: true });
  if (!parsed.success) {
    const issue = describeIssue(parsed.issues[0]);
    throw bundleInvalid(`${ENVELOPE_PATH} ${formatPath(issue.keys)}`.trim(), issue.detail);
  }
  const header = parsed.output;
  if (bytes.length - (newline + 1) < TAG_BYTES) throw bundleInvalid(ENVELOPE_PATH, 'is truncated');
  if (passphrase === undefined || passphrase === '') throw wrongPassphrase('missing');
  const salt = fromBase64(header.salt) ?? new Uint8Array(0);
  const iv = fromBase64(header.iv) ?? new Uint8Array(0);
  const key = await deriveKey(passphrase, salt, header.iterations);
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: bytes.subarray(0, newline + 1) },
      key,
      bytes.subarray(newline + 1),
    );
    return new Uint8Array(plain);
  } catch (cause) {
    throw wrongPassphrase('wrong', cause);
  }
}
