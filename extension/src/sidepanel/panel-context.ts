/**
 * What every part of the side panel shares: the language and its translator, a way to show a
 * notice or an error (errors always through `describeError`), and a data version that goes up
 * whenever records, the ledger or the maps changed, so lists reload.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang, MessageKey, MessageValues } from '../../../shared/i18n/translate';

export type Notice = { readonly tone: 'ok' | 'error' | 'info'; readonly text: string };

export interface PanelState {
  readonly lang: Lang;
  t(key: MessageKey, values?: MessageValues): string;
  /** Shows a notice at the top of the panel (replaces the previous one). */
  notify(text: string, tone?: Notice['tone']): void;
  /** Shows a failure, translated. */
  fail(error: unknown): void;
  /** Goes up whenever records, the ledger or maps changed. */
  readonly dataVersion: number;
  dataChanged(): void;
}

export const PanelContext = createContext<PanelState | null>(null);

export function usePanel(): PanelState {
  const state = useContext(PanelContext);
  if (state === null) throw new Error('usePanel outside <Panel>');
  return state;
}
