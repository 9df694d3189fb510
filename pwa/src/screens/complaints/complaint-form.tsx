/**
 * Receiving a complaint: who, about what (in plain words), how it came in, when, and what the
 * family said. Every reason it cannot be saved yet is shown at once, under its field; nothing is
 * written until the form is clean. Saved, it opens on its own page at "received".
 */
import { useState } from 'preact/hooks';
import { describeError } from '../../../../shared/i18n/translate';
import { localDate } from '../../../../shared/model/clock';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  type ComplaintCategory,
  type ComplaintChannel,
  type FamilyRef,
} from '../../../../shared/model/supervision';
import {
  type ComplaintDraft,
  checkComplaintDraft,
  type FormIssue,
} from '../../../../shared/supervision/complaint-rules';
import { useApp, useT } from '../../app-context';
import { receiveComplaint } from '../../data/complaints';
import { href, navigate } from '../../router';
import { Banner, Button } from '../../ui/kit';
import { CheckedField } from './checked-field';
import { EMPTY_FAMILY, FamilyPicker } from './family-picker';

export function errorsByField<F extends string>(
  issues: readonly FormIssue<F>[],
  translate: ReturnType<typeof useT>,
): Partial<Record<F, string[]>> {
  const out: Partial<Record<F, string[]>> = {};
  for (const issue of issues) {
    const list = out[issue.field] ?? [];
    list.push(translate(issue.key, issue.values));
    out[issue.field] = list;
  }
  return out;
}

export function ComplaintForm(props: { family: FamilyRef | null }) {
  const app = useApp();
  const t = useT();
  const today = localDate(app.write.clock.now());
  const [draft, setDraft] = useState<ComplaintDraft>({
    complainant: props.family ?? EMPTY_FAMILY,
    category: null,
    channel: 'inPerson',
    receivedDate: today,
    description: '',
  });
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const check = checkComplaintDraft(draft, today);
  const errors = submitted ? errorsByField(check.issues, t) : {};

  async function submit(event: Event) {
    event.preventDefault();
    setSubmitted(true);
    if (check.complaint === null) return;
    setBusy(true);
    try {
      const saved = await receiveComplaint(app.write, draft, app.profile?.name ?? '');
      app.notify(t('complaints.saved', { name: saved.complainant.name }));
      navigate(href('complaints', saved.id));
    } catch (error) {
      app.notify(describeError(app.lang, error), 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="form" onSubmit={submit} noValidate aria-label={t('complaints.new')}>
      {submitted && check.issues.length > 0 && <Banner tone="error">{t('complaints.fixFields')}</Banner>}
      <FamilyPicker
        legend={t('complaints.who')}
        value={draft.complainant}
        onChange={(complainant) => setDraft({ ...draft, complainant })}
        errors={errors}
      />
      <fieldset class="choices cs-categories" aria-describedby={errors.category ? 'cmp-category-error' : undefined}>
        <legend>{t('complaints.what')}</legend>
        {COMPLAINT_CATEGORIES.map((category: ComplaintCategory) => (
          <label key={category} class="choice cs-choice">
            <input
              type="radio"
              name="category"
              value={category}
              checked={draft.category === category}
              onChange={() => setDraft({ ...draft, category })}
            />
            <span>
              <strong>{t(`complaints.category.${category}`)}</strong>
              <span class="muted cs-choice-hint">{t(`complaints.categoryHint.${category}`)}</span>
            </span>
          </label>
        ))}
        {errors.category !== undefined && (
          <p class="field-error" id="cmp-category-error">
            {errors.category.join(' ')}
          </p>
        )}
      </fieldset>
      <CheckedField label={t('complaints.channelLabel')} errors={errors.channel ?? []}>
        <select
          name="channel"
          value={draft.channel}
          onChange={(e) => setDraft({ ...draft, channel: e.currentTarget.value as ComplaintChannel })}
        >
          {COMPLAINT_CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {t(`complaints.channel.${channel}`)}
            </option>
          ))}
        </select>
      </CheckedField>
      <CheckedField label={t('complaints.receivedDate')} errors={errors.receivedDate ?? []}>
        <input
          type="date"
          name="receivedDate"
          value={draft.receivedDate}
          max={today}
          onInput={(e) => setDraft({ ...draft, receivedDate: e.currentTarget.value })}
        />
      </CheckedField>
      <CheckedField
        label={t('complaints.description')}
        hint={t('complaints.descriptionHint')}
        errors={errors.description ?? []}
      >
        <textarea
          name="description"
          rows={5}
          value={draft.description}
          onInput={(e) => setDraft({ ...draft, description: e.currentTarget.value })}
        />
      </CheckedField>
      <Button tone="primary" type="submit" disabled={busy}>
        {t('complaints.save')}
      </Button>
    </form>
  );
}
