/**
 * Form maps the user made (the recorder, the editor) or imported, in the extension's `formMaps`
 * table. One row per map id, so the row's id IS the map's id: saving a map with an id already
 * stored replaces it (an edit, or a colleague's newer version), and a user map with the id of a
 * built-in one stands in for it (how a user adapts a map when a portal changes). Every map is
 * validated with `parseFormMap` before it is written; a damaged row is listed with its error
 * instead of breaking the list.
 */
import type { LenteraDB } from '../../../shared/db/database';
import { withDbErrors } from '../../../shared/db/map-db-error';
import { newMeta, putRow, softDeleteRow, type WriteContext } from '../../../shared/db/write';
import { AppError, type ErrorData, toErrorData } from '../../../shared/errors';
import type { FormMap } from '../../../shared/fill/form-map';
import { parseFormMap } from '../../../shared/fill/form-map-schema';
import type { FormMapRecord } from '../../../shared/model/types';

export interface UserMap {
  readonly id: string;
  readonly name: string;
  readonly updatedAt: string;
  /** The map as stored (JSON), valid or not: the editor shows it either way. */
  readonly json: unknown;
  /** Null when the stored map does not validate any more. */
  readonly map: FormMap | null;
  readonly problem: ErrorData | null;
}

export async function listUserMaps(db: LenteraDB): Promise<UserMap[]> {
  const rows = await withDbErrors(() => db.formMaps.toArray());
  return rows
    .filter((row) => row.deletedAt === null)
    .map((row) => {
      try {
        return {
          id: row.id,
          name: row.name,
          updatedAt: row.updatedAt,
          json: row.map,
          map: parseFormMap(row.map),
          problem: null,
        };
      } catch (error) {
        return {
          id: row.id,
          name: row.name,
          updatedAt: row.updatedAt,
          json: row.map,
          map: null,
          problem: toErrorData(error),
        };
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'id') || a.id.localeCompare(b.id));
}

/** Validates and stores a map; returns it parsed. Nothing is written when it does not validate. */
export async function saveUserMap(ctx: WriteContext, json: unknown): Promise<FormMap> {
  const map = parseFormMap(json);
  const previous = await withDbErrors(() => ctx.db.formMaps.get(map.id));
  const meta = newMeta(ctx);
  const row: FormMapRecord = {
    ...meta,
    id: map.id,
    createdAt: previous?.createdAt ?? meta.createdAt,
    name: map.name,
    // Stored as validated JSON, so what is read back is exactly what was checked.
    map: JSON.parse(JSON.stringify(map)) as unknown,
  };
  await putRow(ctx, 'formMaps', row);
  return map;
}

export async function deleteUserMap(ctx: WriteContext, id: string): Promise<void> {
  const row = await withDbErrors(() => ctx.db.formMaps.get(id));
  if (row === undefined || row.deletedAt !== null) throw new AppError('db.notFound', { what: id });
  await softDeleteRow(ctx, 'formMaps', row);
}

/** A map id that is free among `taken`, from a name: `peta-laporan-p2k2`, `peta-laporan-p2k2-2`… */
export function mapIdFrom(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'peta';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
