import { defineMessages } from '../define';

/** Messages owned by the extension area. Keys are prefixed `extension.`. */
export const extensionMessages = defineMessages({
  id: {
    'extension.placeholder': '-',
  },
  en: {
    'extension.placeholder': '-',
  },
});
