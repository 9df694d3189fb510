import { defineMessages } from '../define';

/** Messages owned by the rules area. Keys are prefixed `rules.`. */
export const rulesMessages = defineMessages({
  id: {
    'rules.placeholder': '-',
  },
  en: {
    'rules.placeholder': '-',
  },
});
