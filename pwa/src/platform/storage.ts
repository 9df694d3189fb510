/**
 * The browser's storage protection and quota. `persist()` asks the browser not to evict
 * Lentera's data under storage pressure; Chrome grants it to installed apps and engaged sites.
 */
export interface StorageState {
  readonly persisted: boolean | null;
  readonly usage: number | null;
  readonly quota: number | null;
}

export async function readStorageState(): Promise<StorageState> {
  const storage = navigator.storage as StorageManager | undefined;
  if (storage === undefined) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted() : Promise.resolve(null),
    storage.estimate ? storage.estimate() : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

export async function requestPersistence(): Promise<boolean> {
  const storage = navigator.storage as StorageManager | undefined;
  if (storage?.persist === undefined) return false;
  return (await storage.persisted()) || (await storage.persist());
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}
