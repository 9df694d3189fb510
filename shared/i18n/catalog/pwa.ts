import { defineMessages } from '../define';

/** Messages owned by the pwa area. Keys are prefixed `pwa.`. */
export const pwaMessages = defineMessages({
  id: {
    'pwa.placeholder': '-',
  },
  en: {
    'pwa.placeholder': '-',
  },
});
