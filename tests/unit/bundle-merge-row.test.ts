import { describe, expect, it } from 'vitest';
import { canonicalJson, compareVersions, isSameContent, mergeRow } from '../../shared/bundle/merge-row';
import { makeAttendance, makeGroup } from './factories';

const at = (iso: string, deviceId = 'device-a') => ({ updatedAt: iso, deviceId });

describe('mergeRow', () => {
  const base = makeGroup({ updatedAt: '2026-01-05T01:00:00.000Z', deviceId: 'device-a' });

  it('inserts a row this device does not have, tombstones included', () => {
    expect(mergeRow(undefined, base)).toBe('insert');
    expect(mergeRow(undefined, { ...base, deletedAt: base.updatedAt })).toBe('insert');
  });

  it('does nothing for identical content, whatever the key order', () => {
    const reordered = Object.fromEntries(Object.entries(base).reverse()) as typeof base;
    expect(mergeRow(base, reordered)).toBe('same');
  });

  it('lets the newer updatedAt win in both directions', () => {
    const newer = { ...base, name: 'Baru', updatedAt: '2026-01-06T00:00:00.000Z' };
    expect(mergeRow(base, newer)).toBe('replace');
    expect(mergeRow(newer, base)).toBe('keep');
  });

  it('breaks a timestamp tie by the higher device id, the same way from both sides', () => {
    const fromB = { ...base, name: 'Dari B', deviceId: 'device-b' };
    expect(mergeRow(base, fromB)).toBe('replace');
    expect(mergeRow(fromB, base)).toBe('keep');
  });

  it('breaks a full tie of meta by content, so both devices still agree', () => {
    const other = { ...base, name: 'Lain' };
    const outcomes = [mergeRow(base, other), mergeRow(other, base)].sort();
    expect(outcomes).toEqual(['keep', 'replace']);
  });

  it('lets a newer tombstone delete, and an older one resurrect nothing', () => {
    const tombstone = { ...base, deletedAt: '2026-01-07T00:00:00.000Z', updatedAt: '2026-01-07T00:00:00.000Z' };
    expect(mergeRow(base, tombstone)).toBe('replace');
    const laterEdit = { ...base, name: 'Diedit sesudahnya', updatedAt: '2026-01-08T00:00:00.000Z' };
    expect(mergeRow(laterEdit, tombstone)).toBe('keep');
    // A live row older than the local tombstone does not bring the row back.
    expect(mergeRow(tombstone, base)).toBe('keep');
  });

  it('merges compound-key rows by the same rule', () => {
    const local = makeAttendance({ status: 'izin', updatedAt: '2026-01-05T01:00:00.000Z' });
    const incoming = { ...local, status: 'hadir' as const, updatedAt: '2026-01-05T01:00:00.001Z' };
    expect(mergeRow(local, incoming)).toBe('replace');
  });
});

describe('merge helpers', () => {
  it('orders versions by time, then device', () => {
    expect(compareVersions(at('2026-01-02T00:00:00.000Z'), at('2026-01-01T00:00:00.000Z'))).toBeGreaterThan(0);
    expect(compareVersions(at('2026-01-01T00:00:00.000Z', 'b'), at('2026-01-01T00:00:00.000Z', 'a'))).toBeGreaterThan(
      0,
    );
    expect(compareVersions(at('2026-01-01T00:00:00.000Z'), at('2026-01-01T00:00:00.000Z'))).toBe(0);
  });

  it('writes canonical JSON with sorted keys at every depth', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 0, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"y":null,"z":0}]},"b":1}',
    );
  });

  it('compares content deeply, treating undefined properties as absent', () => {
    expect(isSameContent({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(isSameContent({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(isSameContent({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(isSameContent([1], { 0: 1 })).toBe(false);
    expect(isSameContent(null, {})).toBe(false);
  });
});
