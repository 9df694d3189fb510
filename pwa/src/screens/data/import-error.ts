/**
 * What a facilitator reads when a file cannot be imported. The core's codes are precise (a path
 * and an English detail for the technician); the person holding the tablet needs to know which of
 * four things happened and that nothing changed. The precise text stays available as a detail.
 */
import { AppError } from '../../../../shared/errors';
import { describeError, type Lang, type MessageKey, t } from '../../../../shared/i18n/translate';

export interface ImportProblem {
  readonly message: string;
  /** The core's own description, for whoever helps the facilitator; null when it adds nothing. */
  readonly detail: string | null;
  readonly wrongPassphrase: boolean;
}

/** How the core words "this is some other file" (as opposed to a Lentera file that was damaged). */
const NOT_A_BUNDLE = new Set(['is not a Lentera bundle', 'is empty', 'is not part of a Lentera bundle']);

function isForeignFile(path: string, detail: string): boolean {
  return NOT_A_BUNDLE.has(detail) || (path === 'bundle.json' && detail === 'is missing');
}

export function importProblem(lang: Lang, error: unknown): ImportProblem {
  const technical = describeError(lang, error);
  const say = (key: MessageKey, values = {}) => `${t(lang, key, values)} ${t(lang, 'data.import.nothingChanged')}`;
  if (!(error instanceof AppError))
    return { message: say('data.import.failed'), detail: technical, wrongPassphrase: false };
  switch (error.code) {
    case 'bundle.passphrase':
      return error.details.reason === 'missing'
        ? { message: t(lang, 'bundle.passphrase.ask'), detail: null, wrongPassphrase: true }
        : { message: say('data.import.wrongPassphrase'), detail: null, wrongPassphrase: true };
    case 'bundle.invalid': {
      const foreign = isForeignFile(String(error.details.path ?? ''), String(error.details.detail ?? ''));
      return {
        message: say(foreign ? 'data.import.notBundle' : 'data.import.damaged'),
        detail: technical,
        wrongPassphrase: false,
      };
    }
    case 'bundle.tooLarge':
      return { message: `${technical} ${t(lang, 'bundle.tooLarge.hint')}`, detail: null, wrongPassphrase: false };
    case 'bundle.version':
      return { message: say('data.import.newerApp'), detail: technical, wrongPassphrase: false };
    default:
      return { message: `${technical} ${t(lang, 'data.import.nothingChanged')}`, detail: null, wrongPassphrase: false };
  }
}
