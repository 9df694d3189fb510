/**
 * The optional PIN that locks Lentera on a device shared with family or colleagues.
 *
 * What it is: a privacy screen. The records stay in the browser's storage unencrypted (someone
 * with developer tools can read them); the lock keeps a person who picks up the tablet from
 * seeing families' names, NIKs and notes in the app.
 *
 * Policy kept here:
 * - The PIN is 4–8 digits and is never stored: only PBKDF2-SHA256(PIN, 16 random bytes of salt),
 *   in the `settings` row `appLock` (settings never travel in bundles). Many people reuse their
 *   phone or ATM PIN, so it must not be readable even by someone who opens the storage.
 * - Setting a new PIN or removing it needs the current one.
 * - After MAX_FREE_TRIES wrong PINs in a row each further try waits, doubling from 30 seconds up
 *   to 15 minutes. The count and the wait are stored, so reloading the page does not reset them.
 * - There is no recovery: forgetting the PIN means clearing the app's data and restoring a backup.
 */
import * as v from 'valibot';
import type { LenteraDB } from '../../../shared/db/database';
import { withDbErrors } from '../../../shared/db/map-db-error';
import { AppError } from '../../../shared/errors';
import type { Instant } from '../../../shared/model/types';

export const LOCK_SETTING_KEY = 'appLock';
export const PIN_PATTERN = /^\d{4,8}$/;
export const IDLE_CHOICES = [1, 2, 5, 10, 15, 30] as const;
export const DEFAULT_IDLE_MINUTES = 5;
export const MAX_FREE_TRIES = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;
/**
 * A 4-digit PIN has 10,000 values, so no iteration count protects it from a determined offline
 * search; the hash keeps the PIN from being read in clear. The cost keeps a try well under a
 * second on a cheap tablet.
 */
export const PIN_ITERATIONS = 200_000;

const hex = v.pipe(v.string(), v.regex(/^[0-9a-f]+$/));
const LockSchema = v.object({
  salt: hex,
  hash: hex,
  iterations: v.pipe(v.number(), v.integer(), v.minValue(1_000), v.maxValue(5_000_000)),
  idleMinutes: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(240)),
  failures: v.pipe(v.number(), v.integer(), v.minValue(0)),
  retryAt: v.nullable(v.string()),
});
export type AppLock = v.InferOutput<typeof LockSchema>;

export type PinCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'wrong'; readonly failures: number; readonly retryAt: Instant | null }
  | { readonly ok: false; readonly reason: 'wait'; readonly retryAt: Instant };

export function isPinFormat(pin: string): boolean {
  return PIN_PATTERN.test(pin);
}

/** The lock as stored, or null when no PIN is set (a damaged row reads as no lock). */
export async function readAppLock(db: LenteraDB): Promise<AppLock | null> {
  const row = await withDbErrors(() => db.settings.get(LOCK_SETTING_KEY));
  if (row === undefined) return null;
  const parsed = v.safeParse(LockSchema, row.value);
  return parsed.success ? parsed.output : null;
}

async function writeAppLock(db: LenteraDB, lock: AppLock | null, now: Date): Promise<void> {
  await withDbErrors(async () => {
    if (lock === null) await db.settings.delete(LOCK_SETTING_KEY);
    else await db.settings.put({ key: LOCK_SETTING_KEY, value: lock, updatedAt: now.toISOString() });
  });
}

const toHex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

function fromHex(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<string> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 256);
  return toHex(new Uint8Array(bits));
}

/** Compares without stopping at the first difference. */
function sameText(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}

/** How long the try after `failures` wrong PINs must wait (0 while tries are free). */
export function waitAfter(failures: number): number {
  if (failures < MAX_FREE_TRIES) return 0;
  return Math.min(FIRST_WAIT_MS * 2 ** (failures - MAX_FREE_TRIES), LONGEST_WAIT_MS);
}

/** Checks a PIN against the stored lock, counting failures and enforcing the wait. */
export async function verifyPin(db: LenteraDB, pin: string, now: Date): Promise<PinCheck> {
  const lock = await readAppLock(db);
  if (lock === null) return { ok: true };
  if (lock.retryAt !== null && Date.parse(lock.retryAt) > now.getTime()) {
    return { ok: false, reason: 'wait', retryAt: lock.retryAt };
  }
  const matches = isPinFormat(pin) && sameText(await derive(pin, fromHex(lock.salt), lock.iterations), lock.hash);
  // Read again after the slow hash: another tab may have counted a failure meanwhile.
  const current = (await readAppLock(db)) ?? lock;
  if (matches) {
    if (current.failures !== 0 || current.retryAt !== null) {
      await writeAppLock(db, { ...current, failures: 0, retryAt: null }, now);
    }
    return { ok: true };
  }
  const failures = current.failures + 1;
  const wait = waitAfter(failures);
  const retryAt = wait === 0 ? null : new Date(now.getTime() + wait).toISOString();
  await writeAppLock(db, { ...current, failures, retryAt }, now);
  return { ok: false, reason: 'wrong', failures, retryAt };
}

async function hashNewPin(pin: string, idleMinutes: number): Promise<AppLock> {
  if (!isPinFormat(pin)) throw new AppError('input.invalid', { field: 'pin', detail: 'PIN must be 4-8 digits' });
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, PIN_ITERATIONS);
  return { salt: toHex(salt), hash, iterations: PIN_ITERATIONS, idleMinutes, failures: 0, retryAt: null };
}

/**
 * Sets (or changes) the PIN. With a PIN already set, `currentPin` must match it; a wrong one is
 * counted like any wrong try and returned as the check's result, and nothing changes.
 */
export async function setPin(db: LenteraDB, newPin: string, currentPin: string | null, now: Date): Promise<PinCheck> {
  const existing = await readAppLock(db);
  if (existing !== null) {
    const check = await verifyPin(db, currentPin ?? '', now);
    if (!check.ok) return check;
  }
  const lock = await hashNewPin(newPin, existing?.idleMinutes ?? DEFAULT_IDLE_MINUTES);
  await writeAppLock(db, lock, now);
  return { ok: true };
}

/** Removes the lock; needs the current PIN. */
export async function removePin(db: LenteraDB, currentPin: string, now: Date): Promise<PinCheck> {
  const check = await verifyPin(db, currentPin, now);
  if (check.ok) await writeAppLock(db, null, now);
  return check;
}

/** Minutes without a touch before the app locks itself. */
export async function setIdleMinutes(db: LenteraDB, minutes: number, now: Date): Promise<void> {
  if (!(IDLE_CHOICES as readonly number[]).includes(minutes)) {
    throw new AppError('input.invalid', { field: 'idleMinutes', detail: `idle ${minutes}` });
  }
  const lock = await readAppLock(db);
  if (lock === null) return;
  await writeAppLock(db, { ...lock, idleMinutes: minutes }, now);
}
