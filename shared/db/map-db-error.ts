/**
 * The one place where IndexedDB/Dexie failures become AppErrors. Quota is the one users meet:
 * the transaction aborts, so every earlier record stays intact, and the message says so.
 */
import { AppError } from '../errors';

function namesOf(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const candidate = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof candidate.name === 'string') names.push(candidate.name);
    current = candidate.inner ?? candidate.cause;
  }
  return names;
}

export function mapDbError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const names = namesOf(error);
  const detail = error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
  if (names.includes('QuotaExceededError')) return new AppError('db.quota', {}, { cause: error });
  if (names.includes('VersionError')) return new AppError('db.version', {}, { cause: error });
  if (names.includes('MissingAPIError')) return new AppError('storage.unavailable', {}, { cause: error });
  if (names.includes('DatabaseClosedError') && /blocked/i.test(detail)) {
    return new AppError('db.blocked', {}, { cause: error });
  }
  return new AppError('db.failed', { detail }, { cause: error });
}

/** Runs a database operation and rethrows any failure as an AppError. */
export async function withDbErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw mapDbError(error);
  }
}
