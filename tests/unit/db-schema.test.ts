import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openDb } from '../../shared/db/database';

/**
 * The schema snapshot: every store, key path and index of the current version, written to
 * tests/fixtures/db/schema-snapshot.json. A store or index may be ADDED (update the snapshot);
 * one that disappears or changes its key fails here, because data on tablets depends on it.
 */
interface StoreShape {
  primKey: string;
  indexes: string[];
}

async function currentSchema(): Promise<Record<string, StoreShape>> {
  const db = await openDb(`schema-${Math.random()}`);
  const shape: Record<string, StoreShape> = {};
  for (const table of db.tables) {
    shape[table.name] = {
      primKey: table.schema.primKey.src,
      indexes: table.schema.indexes.map((index) => index.src).sort(),
    };
  }
  db.close();
  return shape;
}

describe('database schema', () => {
  it('keeps every store and index of the snapshot', async () => {
    const snapshot = JSON.parse(
      readFileSync(new URL('../fixtures/db/schema-snapshot.json', import.meta.url), 'utf8'),
    ) as Record<string, StoreShape>;
    const current = await currentSchema();
    for (const [store, shape] of Object.entries(snapshot)) {
      expect(current[store], `store ${store} disappeared`).toBeDefined();
      expect(current[store]?.primKey, `key of ${store} changed`).toBe(shape.primKey);
      for (const index of shape.indexes) {
        expect(current[store]?.indexes, `index ${store}.${index} disappeared`).toContain(index);
      }
    }
  });
});
