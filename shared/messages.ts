/**
 * Every message that crosses a boundary (side panel ↔ background ↔ content script ↔ PWA bridge) is
 * declared here once: `{ type, payload }` in, `{ ok: true, value } | { ok: false, error }` out.
 * A receiver answers an unknown type with an explicit `message.unknownType` error, never silence.
 * Payloads from outside are validated by the receiver before use (see each handler).
 */
import { AppError, type ErrorData, toErrorData } from './errors';

/** The message map: request payload and response value per type. Areas extend it here. */
export interface MessageMap {
  /** Liveness and version check between any two parts. */
  ping: { request: Record<string, never>; response: { version: string; part: string } };
}

export type MessageType = keyof MessageMap;
export type RequestOf<T extends MessageType> = MessageMap[T]['request'];
export type ResponseOf<T extends MessageType> = MessageMap[T]['response'];

export interface Envelope<T extends MessageType = MessageType> {
  readonly type: T;
  readonly payload: RequestOf<T>;
}

export type Reply<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ErrorData };

export type Handlers = { [T in MessageType]?: (payload: RequestOf<T>) => Promise<ResponseOf<T>> | ResponseOf<T> };

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    'payload' in value
  );
}

/** Dispatches one message to its handler; every outcome becomes a plain-data reply. */
export async function dispatch(handlers: Handlers, message: unknown): Promise<Reply<unknown>> {
  if (!isEnvelope(message))
    return { ok: false, error: toErrorData(new AppError('message.invalid', { detail: 'envelope' })) };
  const handler = (handlers as Record<string, ((payload: unknown) => unknown) | undefined>)[message.type];
  if (handler === undefined || !Object.hasOwn(handlers, message.type)) {
    return { ok: false, error: toErrorData(new AppError('message.unknownType', { type: message.type.slice(0, 80) })) };
  }
  try {
    return { ok: true, value: await handler(message.payload) };
  } catch (error) {
    return { ok: false, error: toErrorData(error) };
  }
}

/** Turns a reply back into a value or a thrown AppError on the sending side. */
export function unwrap<T>(reply: unknown): T {
  if (typeof reply !== 'object' || reply === null || typeof (reply as { ok?: unknown }).ok !== 'boolean') {
    throw new AppError('message.invalid', { detail: 'reply' });
  }
  const typed = reply as Reply<T>;
  if (typed.ok) return typed.value;
  throw new AppError(typed.error.code, typed.error.details);
}
