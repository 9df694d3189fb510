/**
 * The app lock's PIN policy (pwa/src/data/app-lock.ts) on a fresh database: only a salted hash is
 * stored, setting and removing need the current PIN, wrong tries are counted and, after five, each
 * try waits, doubling; the count survives a re-read (a reload) and resets on success.
 */
import { describe, expect, it } from 'vitest';
import {
  isPinFormat,
  MAX_FREE_TRIES,
  readAppLock,
  removePin,
  setIdleMinutes,
  setPin,
  verifyPin,
  waitAfter,
} from '../../pwa/src/data/app-lock';
import { openDb } from '../../shared/db/database';

const T0 = new Date('2026-03-01T08:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const fresh = () => openDb(`lock-${Math.random()}`);

describe('app lock PIN', () => {
  it('accepts 4 to 8 digits only', () => {
    expect(['1234', '12345678', '0000'].map(isPinFormat)).toEqual([true, true, true]);
    expect(['123', '123456789', '12a4', ' 1234', '١٢٣٤'].map(isPinFormat)).toEqual([false, false, false, false, false]);
  });

  it('stores a salted PBKDF2 hash, never the PIN, and a different salt each time', async () => {
    const a = await fresh();
    const b = await fresh();
    expect(await setPin(a, '2468', null, T0)).toEqual({ ok: true });
    expect(await setPin(b, '2468', null, T0)).toEqual({ ok: true });
    const lockA = await readAppLock(a);
    const lockB = await readAppLock(b);
    expect(lockA?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(lockA?.salt).not.toBe(lockB?.salt);
    expect(lockA?.hash).not.toBe(lockB?.hash);
    expect(JSON.stringify(await a.settings.get('appLock'))).not.toContain('"2468"');
    expect(await verifyPin(a, '2468', T0)).toEqual({ ok: true });
  });

  it('refuses a PIN that is not 4-8 digits, writing nothing', async () => {
    const db = await fresh();
    await expect(setPin(db, '12', null, T0)).rejects.toMatchObject({ code: 'input.invalid' });
    expect(await readAppLock(db)).toBeNull();
  });

  it('needs the current PIN to change or remove it; a wrong one changes nothing', async () => {
    const db = await fresh();
    await setPin(db, '2468', null, T0);
    const before = await readAppLock(db);
    expect(await setPin(db, '1357', '0000', T0)).toMatchObject({ ok: false, reason: 'wrong', failures: 1 });
    expect(await setPin(db, '1357', null, T0)).toMatchObject({ ok: false, reason: 'wrong' });
    expect((await readAppLock(db))?.hash).toBe(before?.hash);
    expect(await removePin(db, '1111', T0)).toMatchObject({ ok: false });
    expect(await readAppLock(db)).not.toBeNull();

    expect(await setPin(db, '1357', '2468', T0)).toEqual({ ok: true });
    expect(await verifyPin(db, '2468', T0)).toMatchObject({ ok: false });
    expect(await verifyPin(db, '1357', T0)).toEqual({ ok: true });
    expect(await removePin(db, '1357', T0)).toEqual({ ok: true });
    expect(await readAppLock(db)).toBeNull();
    expect(await verifyPin(db, 'anything', T0)).toEqual({ ok: true });
  });

  it('makes each try wait after five wrong ones, doubling, and forgets the count on success', async () => {
    const db = await fresh();
    await setPin(db, '2468', null, T0);
    for (let i = 1; i < MAX_FREE_TRIES; i++) {
      expect(await verifyPin(db, '0000', T0)).toEqual({ ok: false, reason: 'wrong', failures: i, retryAt: null });
    }
    expect(await verifyPin(db, '0000', T0)).toEqual({
      ok: false,
      reason: 'wrong',
      failures: 5,
      retryAt: at(30).toISOString(),
    });
    // While waiting even the right PIN is not checked, and nothing is counted.
    expect(await verifyPin(db, '2468', at(10))).toEqual({ ok: false, reason: 'wait', retryAt: at(30).toISOString() });
    expect((await readAppLock(db))?.failures).toBe(5);
    expect(await verifyPin(db, '0000', at(31))).toMatchObject({ failures: 6, retryAt: at(91).toISOString() });
    expect(await verifyPin(db, '2468', at(92))).toEqual({ ok: true });
    expect(await readAppLock(db)).toMatchObject({ failures: 0, retryAt: null });
  });

  it('waits 30 s, 60 s, 2 min … up to 15 min', () => {
    expect([4, 5, 6, 7, 8, 20].map(waitAfter)).toEqual([0, 30_000, 60_000, 120_000, 240_000, 900_000]);
  });

  it('keeps the idle minutes with the PIN, from a fixed set', async () => {
    const db = await fresh();
    await setPin(db, '2468', null, T0);
    expect((await readAppLock(db))?.idleMinutes).toBe(5);
    await setIdleMinutes(db, 15, T0);
    await setPin(db, '1357', '2468', T0);
    expect((await readAppLock(db))?.idleMinutes).toBe(15);
    await expect(setIdleMinutes(db, 7, T0)).rejects.toMatchObject({ code: 'input.invalid' });
  });

  it('reads a damaged setting as no lock rather than locking the facilitator out', async () => {
    const db = await fresh();
    await db.settings.put({ key: 'appLock', value: { hash: 42 }, updatedAt: T0.toISOString() });
    expect(await readAppLock(db)).toBeNull();
  });
});
