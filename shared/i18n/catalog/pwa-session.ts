import { defineMessages } from '../define';

/** Messages of the PWA's session screens. Keys are prefixed `session.`. */
export const pwaSessionMessages = defineMessages({
  id: {
    'session.title': '-',
  },
  en: {
    'session.title': '-',
  },
});
