import type { Handlers } from '../../../shared/messages';

/** Content-script handlers for collecting fields and executing fill plans. */
export function fillHandlers(_signal: AbortSignal): Handlers {
  return {};
}
