import { defineMessages } from '../define';

/** Keys are prefixed `bundle.`. */
export const bundleMessages = defineMessages({
  id: {
    'bundle.title': '-',
  },
  en: {
    'bundle.title': '-',
  },
});
