/**
 * The words of a story: whose it is (a family on this device or typed), a title, and the story
 * itself. The same form writes a new story and edits one; consent and media are kept on edit.
 */
import { useState } from 'preact/hooks';
import { describeError } from '../../../../shared/i18n/translate';
import { localDate } from '../../../../shared/model/clock';
import type { FamilyRef, Story } from '../../../../shared/model/supervision';
import { checkStoryDraft, type StoryDraft } from '../../../../shared/supervision/story-rules';
import { useApp, useT } from '../../app-context';
import { saveStory } from '../../data/stories';
import { Banner, Button } from '../../ui/kit';
import { CheckedField } from '../complaints/checked-field';
import { errorsByField } from '../complaints/complaint-form';
import { EMPTY_FAMILY, FamilyPicker } from '../complaints/family-picker';

export function StoryForm(props: {
  story: Story | null;
  family: FamilyRef | null;
  onSaved: (story: Story) => void;
  onCancel?: () => void;
}) {
  const app = useApp();
  const t = useT();
  const today = localDate(app.write.clock.now());
  const [draft, setDraft] = useState<StoryDraft>(
    props.story === null
      ? { family: props.family ?? EMPTY_FAMILY, title: '', text: '' }
      : { family: props.story.family, title: props.story.title, text: props.story.text },
  );
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const check = checkStoryDraft(draft, today);
  const errors = submitted ? errorsByField(check.issues, t) : {};

  async function submit(event: Event) {
    event.preventDefault();
    setSubmitted(true);
    if (check.story === null) return;
    setBusy(true);
    try {
      const saved = await saveStory(app.write, draft, app.profile?.name ?? '', props.story ?? undefined);
      app.notify(t('stories.saved', { title: saved.title }));
      props.onSaved(saved);
    } catch (error) {
      app.notify(describeError(app.lang, error), 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      class="form"
      onSubmit={submit}
      noValidate
      aria-label={t(props.story === null ? 'stories.new' : 'stories.edit')}
    >
      {submitted && check.issues.length > 0 && <Banner tone="error">{t('stories.fixFields')}</Banner>}
      <FamilyPicker
        legend={t('stories.whose')}
        value={draft.family}
        onChange={(family) => setDraft({ ...draft, family })}
        errors={errors}
      />
      <CheckedField label={t('stories.storyTitle')} hint={t('stories.storyTitleHint')} errors={errors.title ?? []}>
        <input name="title" value={draft.title} onInput={(e) => setDraft({ ...draft, title: e.currentTarget.value })} />
      </CheckedField>
      <CheckedField label={t('stories.text')} hint={t('stories.textHint')} errors={errors.text ?? []}>
        <textarea
          name="text"
          rows={8}
          value={draft.text}
          onInput={(e) => setDraft({ ...draft, text: e.currentTarget.value })}
        />
      </CheckedField>
      <div class="row">
        <Button tone="primary" type="submit" disabled={busy}>
          {t(props.story === null ? 'stories.saveNew' : 'pwa.save')}
        </Button>
        {props.onCancel !== undefined && <Button onClick={props.onCancel}>{t('pwa.cancel')}</Button>}
      </div>
    </form>
  );
}
