import { defineMessages } from '../define';

/** Messages of the PWA's data screens. Keys are prefixed `data.`. */
export const pwaDataMessages = defineMessages({
  id: {
    'data.title': '-',
  },
  en: {
    'data.title': '-',
  },
});
