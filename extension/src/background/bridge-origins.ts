/**
 * The app origins the user connected ("Hubungkan aplikasi Lentera"), kept in the extension's
 * local storage. The bridge content script runs only on these (and only while their host access
 * is granted); the fill script never does. Origins keep their port: a developer's app and a test
 * portal can share a host, and the port is what tells them apart in a match pattern.
 */
import * as v from 'valibot';
import { api } from '../platform/browser';

const KEY = 'appOrigins';

/** `http://127.0.0.1:4173` → `http://127.0.0.1:4173/*`: this origin only, port included. */
export function appPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.host}/*`;
}

/** An http(s) origin from what a person typed or pasted, or null. */
export function toOrigin(text: string): string | null {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

export async function readAppOrigins(): Promise<string[]> {
  const stored = (await api.storage.local.get(KEY))[KEY];
  const parsed = v.safeParse(v.array(v.string()), stored);
  if (!parsed.success) return [];
  return parsed.output.map(toOrigin).filter((o): o is string => o !== null);
}

export async function writeAppOrigins(origins: readonly string[]): Promise<void> {
  await api.storage.local.set({ [KEY]: [...new Set(origins)].sort() });
}
