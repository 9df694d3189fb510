/**
 * The form maps a fill can use: the user's own (made, edited or imported, in the extension's
 * `formMaps` table) and the built-in ones. A user map with a built-in's id stands in for it —
 * that is how a user adapts a map when a portal changes. A stored map that no longer validates is
 * left out here (the map list in the panel shows it with its error).
 */
import type { LenteraDB } from '../../../shared/db/database';
import type { FormMap } from '../../../shared/fill/form-map';
import { findFormMaps } from '../../../shared/fill/match-url-pattern';
import { builtInMaps } from '../../maps/index';
import { listUserMaps } from './maps-store';

export async function allMaps(db: LenteraDB): Promise<FormMap[]> {
  const own = (await listUserMaps(db)).flatMap((m) => (m.map === null ? [] : [m.map]));
  const ownIds = new Set(own.map((m) => m.id));
  return [...own, ...builtInMaps().filter((m) => !ownIds.has(m.id))];
}

export async function mapsFor(db: LenteraDB, url?: string): Promise<FormMap[]> {
  const maps = await allMaps(db);
  return url === undefined ? maps : findFormMaps(maps, url);
}
