import type { Handlers } from '../../../shared/messages';

/** Background handlers that run fills in a tab and keep the ledger. */
export function fillHandlers(): Handlers {
  return {};
}
