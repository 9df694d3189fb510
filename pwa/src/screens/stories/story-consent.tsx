/**
 * The family's consent to publish: who agreed, how (a photo of the signed form, their recorded
 * "yes", or a verbal yes before a witness), and when. Until it is recorded the story stays on the
 * device. The proof (photo or voice) is held here until "Save consent" and then written together
 * with the consent, so a consent never points at a missing file. Consent can be withdrawn.
 */
import { useState } from 'preact/hooks';
import { describeError } from '../../../../shared/i18n/translate';
import { localDate } from '../../../../shared/model/clock';
import type { Media, Story } from '../../../../shared/model/supervision';
import {
  CONSENT_METHODS,
  type ConsentDraft,
  type ConsentMethod,
  canPublish,
  checkConsentDraft,
} from '../../../../shared/supervision/story-rules';
import { useApp, useT } from '../../app-context';
import { giveConsent, type NewMedia, withdrawConsent } from '../../data/stories';
import { localeOf } from '../../ui/format';
import { Banner, Button } from '../../ui/kit';
import { CheckedField } from '../complaints/checked-field';
import { errorsByField } from '../complaints/complaint-form';
import { formatBytes, useObjectUrl } from '../session/photos-thumb';
import { ClipRecorder } from './clip-recorder';
import { MediaPlayer } from './media-player';
import { PhotoPickers, usePhotoPicker } from './story-media';

export function StoryConsent(props: { story: Story; proof: Media | null }) {
  const t = useT();
  const app = useApp();
  const { story } = props;
  const given = canPublish(story).ok;
  const [asking, setAsking] = useState(false);

  async function withdraw() {
    if (!asking) {
      setAsking(true);
      return;
    }
    const done = await app.guard(withdrawConsent(app.write, story.id));
    if (done !== undefined) app.notify(t('stories.consent.withdrawn'));
    setAsking(false);
  }

  return (
    <section class="card sty-section" aria-labelledby="sty-consent">
      <h2 id="sty-consent">{t('stories.consent.title')}</h2>
      {given && story.consent.method !== null && story.consent.recordedAt !== null ? (
        <>
          <Banner tone="ok">
            <p data-testid="consent-given">
              {t('stories.consent.given', {
                by: story.consent.by,
                method: t(`stories.consent.method.${story.consent.method}`),
                date: new Intl.DateTimeFormat(localeOf(app.lang), { dateStyle: 'long' }).format(
                  new Date(story.consent.recordedAt),
                ),
              })}
            </p>
          </Banner>
          {props.proof !== null && <Proof media={props.proof} />}
          <Button tone="danger" onClick={() => void withdraw()} onBlur={() => setAsking(false)}>
            {asking ? t('stories.consent.withdrawConfirm') : t('stories.consent.withdraw')}
          </Button>
        </>
      ) : (
        <ConsentForm story={story} />
      )}
    </section>
  );
}

function Proof(props: { media: Pick<Media, 'id' | 'updatedAt' | 'blob' | 'kind'> }) {
  const t = useT();
  const { media } = props;
  if (media.kind === 'photo') return <ProofPhoto media={media} />;
  return <MediaPlayer media={media} label={t('stories.consent.proofVoice')} />;
}

function ProofPhoto(props: { media: Pick<Media, 'id' | 'updatedAt' | 'blob'> }) {
  const t = useT();
  const url = useObjectUrl(props.media.blob, `${props.media.id}@${props.media.updatedAt}`);
  return url === null ? null : <img class="sty-proof" src={url} alt={t('stories.consent.proofPhoto')} />;
}

function ConsentForm(props: { story: Story }) {
  const app = useApp();
  const t = useT();
  const now = app.write.clock.now();
  const today = localDate(now);
  const [draft, setDraft] = useState<Omit<ConsentDraft, 'mediaId'>>({
    by: props.story.consent.by || props.story.family.name,
    method: null,
    date: today,
    agreed: false,
  });
  const [proof, setProof] = useState<(NewMedia & { id: string }) | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const check = checkConsentDraft({ ...draft, mediaId: null }, today, now.toISOString());
  const errors = submitted ? errorsByField(check.issues, t) : {};
  const photo = usePhotoPicker(async (blob, takenAt) => {
    setProof({ id: `draft-${Date.now()}`, kind: 'photo', blob, durationSeconds: null, takenAt });
  });

  function setMethod(method: ConsentMethod) {
    setDraft({ ...draft, method });
    // A proof of one kind does not prove another: a voice clip is not a signed form.
    if (proof !== null && (method === 'verbal' || (method === 'signed') !== (proof.kind === 'photo'))) setProof(null);
  }

  async function submit(event: Event) {
    event.preventDefault();
    setSubmitted(true);
    if (check.consent === null) return;
    setBusy(true);
    try {
      await giveConsent(app.write, props.story.id, draft, proof);
      app.notify(t('stories.consent.saved'));
    } catch (error) {
      app.notify(describeError(app.lang, error), 'error');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="form" onSubmit={submit} noValidate aria-label={t('stories.consent.title')}>
      <p data-testid="consent-missing">
        <strong>{t('stories.consent.none')}</strong> {t('stories.consent.why')}
      </p>
      {submitted && check.issues.length > 0 && <Banner tone="error">{t('stories.consent.fix')}</Banner>}
      <CheckedField label={t('stories.consent.by')} errors={errors.by ?? []}>
        <input name="consentBy" value={draft.by} onInput={(e) => setDraft({ ...draft, by: e.currentTarget.value })} />
      </CheckedField>
      <fieldset class="choices">
        <legend>{t('stories.consent.how')}</legend>
        {CONSENT_METHODS.map((method) => (
          <label key={method} class="choice cs-choice">
            <input
              type="radio"
              name="consentMethod"
              checked={draft.method === method}
              onChange={() => setMethod(method)}
            />
            <span>
              <strong>{t(`stories.consent.method.${method}`)}</strong>
              <span class="muted cs-choice-hint">{t(`stories.consent.methodHint.${method}`)}</span>
            </span>
          </label>
        ))}
        {errors.method !== undefined && <p class="field-error">{errors.method.join(' ')}</p>}
      </fieldset>
      {draft.method === 'signed' && (
        <div class="sty-proof-box">
          <p class="muted">{t('stories.consent.proofPhotoHint')}</p>
          <PhotoPickers busy={photo.busy} pick={(e) => void photo.pick(e)} testId="consent-photo" />
          {photo.problem !== null && <Banner tone="error">{photo.problem}</Banner>}
        </div>
      )}
      {draft.method === 'recorded' && (
        <div class="sty-proof-box">
          <p class="muted">{t('stories.consent.proofVoiceHint')}</p>
          <ClipRecorder
            kinds={['audio']}
            fileKinds={['audio', 'video']}
            testId="consent-clip"
            onClip={async (clip) => {
              setProof({
                id: `draft-${Date.now()}`,
                kind: clip.kind,
                blob: clip.blob,
                durationSeconds: clip.durationSeconds,
                takenAt: app.write.clock.now().toISOString(),
              });
            }}
          />
        </div>
      )}
      {proof !== null && (
        <div class="sty-proof-box" data-testid="consent-proof">
          <p class="muted">{t('stories.consent.proofReady', { size: formatBytes(proof.blob.size, app.lang) })}</p>
          <Proof media={{ id: proof.id, updatedAt: proof.takenAt, blob: proof.blob, kind: proof.kind }} />
          <Button onClick={() => setProof(null)}>{t('stories.consent.proofRemove')}</Button>
        </div>
      )}
      <CheckedField label={t('stories.consent.date')} errors={errors.date ?? []}>
        <input
          type="date"
          name="consentDate"
          value={draft.date}
          max={today}
          onInput={(e) => setDraft({ ...draft, date: e.currentTarget.value })}
        />
      </CheckedField>
      <label class="choice sty-agree">
        <input
          type="checkbox"
          name="consentAgreed"
          checked={draft.agreed}
          onChange={(e) => setDraft({ ...draft, agreed: e.currentTarget.checked })}
        />
        <span>{t('stories.consent.agreed')}</span>
      </label>
      {errors.agreed !== undefined && <p class="field-error">{errors.agreed.join(' ')}</p>}
      <Button tone="primary" type="submit" disabled={busy}>
        {t('stories.consent.save')}
      </Button>
    </form>
  );
}
