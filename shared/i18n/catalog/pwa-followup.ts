import { defineMessages } from '../define';

/** Messages of the PWA's followup screens. Keys are prefixed `followup.`. */
export const pwaFollowupMessages = defineMessages({
  id: {
    'followup.title': '-',
  },
  en: {
    'followup.title': '-',
  },
});
