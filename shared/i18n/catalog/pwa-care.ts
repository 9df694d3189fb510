import { defineMessages } from '../define';

/** Keys are prefixed `care.`. */
export const pwaCareMessages = defineMessages({
  id: {
    'care.title': '-',
  },
  en: {
    'care.title': '-',
  },
});
