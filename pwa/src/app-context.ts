import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Profile } from '../../shared/db/settings';
import { type Lang, type MessageKey, type MessageValues, t } from '../../shared/i18n/translate';
import type { Services } from './boot';

export interface AppState extends Services {
  readonly lang: Lang;
  readonly profile: Profile | null;
  setLang(lang: Lang): Promise<void>;
  setProfile(profile: Profile): Promise<void>;
  /** Shows a message at the bottom of the screen; errors go through `describeError` first. */
  notify(text: string, tone?: 'ok' | 'error'): void;
  /** Runs a piece of work started by the user; a failure is shown, never lost. */
  guard<T>(work: Promise<T>): Promise<T | undefined>;
}

export const AppContext = createContext<AppState | null>(null);

export function useApp(): AppState {
  const state = useContext(AppContext);
  if (state === null) throw new Error('useApp outside <App>');
  return state;
}

/** The translator for the current language. */
export function useT(): (key: MessageKey, values?: MessageValues) => string {
  const { lang } = useApp();
  return (key, values) => t(lang, key, values);
}
