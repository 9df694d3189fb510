import type { Handlers } from '../../../shared/messages';

/** Background handlers for the side panel's queue, bundle import and the PWA bridge. */
export function panelHandlers(): Handlers {
  return {};
}
