/**
 * "Kirim otomatis" per form map: off unless the user turned it on for that map, remembered in the
 * extension's local storage (a device setting, not data that travels in bundles).
 */
import { api } from '../platform/browser';

const keyOf = (mapId: string): string => `submit:${mapId}`;

export async function readSubmit(mapId: string): Promise<boolean> {
  const key = keyOf(mapId);
  return (await api.storage.local.get(key))[key] === true;
}

export async function writeSubmit(mapId: string, on: boolean): Promise<void> {
  await api.storage.local.set({ [keyOf(mapId)]: on });
}
