/**
 * One error type for the whole product. Codes are a closed set; the text a user reads comes only
 * from `describeError` (through the message catalogue). Errors cross message boundaries as plain
 * data (`toErrorData` / `fromErrorData`). Dexie's own errors are mapped in `shared/db/map-db-error.ts`.
 */
export const ERROR_CODES = [
  'unknown',
  'input.invalid',
  'db.quota',
  'db.version',
  'db.blocked',
  'db.failed',
  'db.notFound',
  'curriculum.invalid',
  'curriculum.duplicateCode',
  'bundle.invalid',
  'bundle.version',
  'bundle.passphrase',
  'bundle.tooLarge',
  'roster.invalid',
  'roster.tooLarge',
  'formMap.invalid',
  'fill.noMap',
  'fill.targetNotFound',
  'fill.ambiguousTarget',
  'fill.noOption',
  'fill.noPhoto',
  'fill.valueRejected',
  'fill.tooLong',
  'fill.alreadySent',
  'fill.notGranted',
  'fill.timeout',
  'message.unknownType',
  'message.invalid',
  'storage.evicted',
  'storage.unavailable',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Values a message may interpolate; kept primitive so errors serialise as they are. */
export type ErrorDetails = Readonly<Record<string, string | number>>;

export interface ErrorData {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(`${code}${Object.keys(details).length > 0 ? ` ${JSON.stringify(details)}` : ''}`, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

export function toErrorData(error: unknown): ErrorData {
  if (error instanceof AppError) return { code: error.code, details: error.details };
  if (isErrorData(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'unknown', details: { detail } };
}

function isErrorData(value: unknown): value is ErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { code?: unknown; details?: unknown };
  return isErrorCode(candidate.code) && typeof candidate.details === 'object' && candidate.details !== null;
}

export function fromErrorData(data: ErrorData): AppError {
  return new AppError(isErrorCode(data.code) ? data.code : 'unknown', data.details);
}
