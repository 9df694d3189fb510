import type { Handlers } from '../../../shared/messages';

/** Content-script handlers for "map this form" (recording a form map by clicking fields). */
export function recorderHandlers(_signal: AbortSignal): Handlers {
  return {};
}
