import { defineMessages } from '../define';

/** Keys are prefixed `supervisor.`. */
export const pwaSupervisorMessages = defineMessages({
  id: {
    'supervisor.title': '-',
  },
  en: {
    'supervisor.title': '-',
  },
});
