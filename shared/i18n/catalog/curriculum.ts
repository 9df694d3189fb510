import { defineMessages } from '../define';

/** Messages owned by the curriculum area. Keys are prefixed `curriculum.`. */
export const curriculumMessages = defineMessages({
  id: {
    'curriculum.placeholder': '-',
  },
  en: {
    'curriculum.placeholder': '-',
  },
});
