import { defineMessages } from '../define';

/** Keys are prefixed `run.`. */
export const pwaRunMessages = defineMessages({
  id: {
    'run.title': '-',
  },
  en: {
    'run.title': '-',
  },
});
