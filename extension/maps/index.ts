/**
 * The built-in form maps, one JSON file per portal form (here: the mock portal's three forms).
 * Each is validated with `parseFormMap` like any user map, once, when first asked for; each has a
 * saved page in tests/fixtures/portal-pages/ and a test that its locators find exactly one field.
 */
import type { FormMap } from '../../shared/fill/form-map';
import { parseFormMap } from '../../shared/fill/form-map-schema';
import kehadiran from './mock-p2k2-kehadiran.json';
import laporan from './mock-p2k2-laporan.json';
import kegiatan from './mock-siks-tambah-kegiatan.json';

export const BUILT_IN_MAP_JSON: readonly unknown[] = [laporan, kehadiran, kegiatan];

let parsed: readonly FormMap[] | null = null;

export function builtInMaps(): readonly FormMap[] {
  parsed ??= BUILT_IN_MAP_JSON.map((json) => parseFormMap(json));
  return parsed;
}
