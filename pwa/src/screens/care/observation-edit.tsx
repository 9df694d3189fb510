/**
 * One session observation: which session (from this database via `?session=<id>`, which fills
 * facilitator, group, session and date, or typed by hand), every checklist item scored 1–4 with a
 * note, overall notes, and the follow-up actions agreed with the facilitator. A facilitator opens
 * their own observations read-only.
 */
import { useEffect, useState } from 'preact/hooks';
import { localDate } from '../../../../shared/model/clock';
import type { FollowUp, Observation, ObservationScore } from '../../../../shared/model/supervision';
import { checkObservation, type ObservationFields } from '../../../../shared/supervision/check-observation';
import {
  type ObservationItem,
  observationItemHint,
  observationItemLabel,
} from '../../../../shared/supervision/observation-items';
import { facilitatorKey, summarizeScores } from '../../../../shared/supervision/observation-summary';
import { useApp, useT } from '../../app-context';
import { useCurriculum } from '../../data/curriculum';
import {
  deleteObservation,
  getObservation,
  readObservationItems,
  saveObservation,
  sessionPrefill,
} from '../../data/observations';
import { href, navigate } from '../../router';
import { formatDate } from '../../ui/format';
import { Banner, Button, Empty, Field, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { CareConfirm } from './care-confirm';
import { useMeanText } from './care-labels';
import { FollowUpRows, ScoreRow } from './observation-parts';
import { sessionLabel } from './session-label';
import './care.css';

export function ObservationEdit(props: { readonly observationId?: string; readonly session?: string }) {
  // A new key per observation: moving from "new" to a saved one starts a fresh form.
  return <ObservationLoader key={props.observationId ?? `new:${props.session ?? ''}`} {...props} />;
}

interface Loaded {
  readonly existing: Observation | null;
  readonly fields: ObservationFields;
  readonly items: readonly ObservationItem[];
  /** The session the observation started from was asked for but is not in this database. */
  readonly sessionMissing: boolean;
}

function ObservationLoader(props: { readonly observationId?: string; readonly session?: string }) {
  const app = useApp();
  const t = useT();
  const [loaded, setLoaded] = useState<Loaded | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const load = async (): Promise<Loaded | null> => {
      const items = await readObservationItems(app.db);
      if (props.observationId !== undefined) {
        const existing = await getObservation(app.db, props.observationId);
        if (existing === null) return null;
        const { id: _id, createdAt: _c, updatedAt: _u, deletedAt: _d, deviceId: _v, ...fields } = existing;
        return { existing, fields, items, sessionMissing: false };
      }
      const prefill = props.session === undefined ? null : await sessionPrefill(app.db, props.session);
      const today = localDate(app.write.clock.now());
      const scores: ObservationScore[] = items.map((item) => ({
        itemId: item.id,
        label: observationItemLabel(item, app.lang),
        score: null,
        note: '',
      }));
      return {
        existing: null,
        items,
        sessionMissing: props.session !== undefined && prefill === null,
        fields: {
          sessionId: prefill?.session.id ?? null,
          facilitator: prefill?.facilitator ?? '',
          groupName: prefill?.groupName ?? '',
          curriculumCode: prefill?.curriculumCode ?? '',
          date: prefill !== null && prefill.date <= today ? prefill.date : today,
          scores,
          notes: '',
          followUps: [],
        },
      };
    };
    load().then(
      (value) => live && setLoaded(value),
      (error: unknown) => {
        void app.guard(Promise.reject(error));
        if (live) setLoaded(null);
      },
    );
    return () => {
      live = false;
    };
  }, [app, props.observationId, props.session]);

  if (loaded === undefined) return <Loading />;
  if (loaded === null) {
    return (
      <Screen title={t('care.obs.title')} back={href('observations')}>
        <Empty>{t('care.obs.notFound')}</Empty>
        <NavBar current="care" />
      </Screen>
    );
  }
  return <ObservationForm loaded={loaded} />;
}

function ObservationForm(props: { loaded: Loaded }) {
  const app = useApp();
  const t = useT();
  const meanText = useMeanText();
  const curriculum = useCurriculum(app.db);
  const readOnly = app.profile?.role !== 'supervisor';
  const [existing, setExisting] = useState(props.loaded.existing);
  const [fields, setFields] = useState<ObservationFields>(props.loaded.fields);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const today = localDate(app.write.clock.now());
  const check = checkObservation(fields, today);
  const issues = submitted && !check.ok ? check.issues : [];
  const issue = (field: string, index?: number) => {
    const found = issues.find((i) => i.field === field && i.index === index);
    return found === undefined ? undefined : t(found.key);
  };
  const followUpErrors = new Map(
    issues.filter((i) => i.field === 'followUp' && i.index !== undefined).map((i) => [i.index ?? 0, t(i.key)]),
  );
  const summary = summarizeScores(fields.scores);
  const hints = new Map(props.loaded.items.map((item) => [item.id, observationItemHint(item, app.lang)]));
  const set = (changes: Partial<ObservationFields>) => setFields({ ...fields, ...changes });
  const historyLink = `${href('observations')}?facilitator=${encodeURIComponent(facilitatorKey(fields.facilitator))}`;

  async function save(event: Event) {
    event.preventDefault();
    setSubmitted(true);
    // The form shows what to fix next to each field and above the button; nothing is written.
    if (!check.ok) return;
    setBusy(true);
    const saved = await app.guard(saveObservation(app.write, fields, today, existing ?? undefined));
    setBusy(false);
    if (saved === undefined) return;
    app.notify(t('care.obs.saved', { name: saved.facilitator }));
    if (existing === null)
      navigate(`${href('observations')}?facilitator=${encodeURIComponent(facilitatorKey(saved.facilitator))}`);
    else setExisting(saved);
  }

  async function remove() {
    if (existing === null) return;
    const gone = await app.guard(deleteObservation(app.write, existing));
    if (gone === undefined) return;
    app.notify(t('care.obs.deleted'));
    navigate(historyLink);
  }

  const codes = curriculum?.sessions ?? [];
  const knownCode = fields.curriculumCode === '' || codes.some((s) => s.code === fields.curriculumCode);
  return (
    <Screen
      title={existing === null ? t('care.obs.newTitle') : t('care.obs.editTitle')}
      back={existing === null ? href('observations') : historyLink}
    >
      {props.loaded.sessionMissing && <Banner tone="warn">{t('care.obs.sessionMissing')}</Banner>}
      {fields.sessionId !== null && (
        <Banner tone="info">
          {t('care.obs.fromSession', {
            group: fields.groupName,
            session: sessionLabel(curriculum, fields.curriculumCode, app.lang),
            date: formatDate(fields.date, app.lang),
          })}
        </Banner>
      )}
      {readOnly && <Banner tone="info">{t('care.obs.readOnly')}</Banner>}
      <form class="form care-obs-form" onSubmit={(e) => void save(e)} noValidate>
        <fieldset class="care-plain-set" disabled={readOnly}>
          <legend class="visually-hidden">{t('care.obs.sessionPart')}</legend>
          <div class="care-grid-2">
            <Field label={t('care.obs.facilitator')} error={issue('facilitator')}>
              <input
                name="facilitator"
                value={fields.facilitator}
                maxLength={100}
                onInput={(e) => set({ facilitator: e.currentTarget.value })}
              />
            </Field>
            <Field label={t('care.obs.group')} error={issue('groupName')}>
              <input
                name="groupName"
                value={fields.groupName}
                maxLength={100}
                onInput={(e) => set({ groupName: e.currentTarget.value })}
              />
            </Field>
            <Field label={t('care.obs.session')}>
              <select
                name="curriculumCode"
                value={fields.curriculumCode}
                onChange={(e) => set({ curriculumCode: e.currentTarget.value })}
              >
                <option value="">{t('care.obs.noSession')}</option>
                {!knownCode && <option value={fields.curriculumCode}>{fields.curriculumCode}</option>}
                {codes.map((s) => (
                  <option key={s.code} value={s.code}>
                    {sessionLabel(curriculum, s.code, app.lang)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('care.obs.date')} error={issue('date')}>
              <input
                name="date"
                type="date"
                value={fields.date}
                max={today}
                onInput={(e) => set({ date: e.currentTarget.value })}
              />
            </Field>
          </div>
        </fieldset>
        <h2>{t('care.obs.scoresTitle')}</h2>
        <p class="muted">{t('care.obs.scale')}</p>
        {issue('scores') !== undefined && <Banner tone="error">{issue('scores')}</Banner>}
        <fieldset class="care-plain-set" disabled={readOnly}>
          <legend class="visually-hidden">{t('care.obs.scoresTitle')}</legend>
          <ol class="care-score-list">
            {fields.scores.map((item, index) => (
              <ScoreRow
                key={item.itemId}
                index={index}
                item={item}
                hint={hints.get(item.itemId) ?? null}
                error={issue('scores', index)}
                onChange={(next) => set({ scores: fields.scores.map((s, i) => (i === index ? next : s)) })}
              />
            ))}
          </ol>
        </fieldset>
        <p class="care-mean care-live-mean" data-testid="live-mean" aria-live="polite">
          {t('care.obs.liveMean', {
            mean: meanText(summary.mean, app.lang),
            scored: summary.scored,
            total: fields.scores.length,
          })}
        </p>
        <fieldset class="care-plain-set" disabled={readOnly}>
          <legend class="visually-hidden">{t('care.obs.notes')}</legend>
          <Field label={t('care.obs.notes')} error={issue('notes')}>
            <textarea
              name="notes"
              value={fields.notes}
              maxLength={4000}
              onInput={(e) => set({ notes: e.currentTarget.value })}
            />
          </Field>
          <h2>{t('care.obs.followUpsTitle')}</h2>
          <FollowUpRows
            rows={fields.followUps}
            errors={followUpErrors}
            readOnly={readOnly}
            onChange={(rows: FollowUp[]) => set({ followUps: rows })}
          />
        </fieldset>
        {!readOnly && (
          <div class="care-save-bar">
            {issues.length > 0 && <Banner tone="error">{t('care.fixErrors')}</Banner>}
            <Button tone="primary" type="submit" disabled={busy} class="care-save">
              {t('care.obs.save')}
            </Button>
          </div>
        )}
      </form>
      {!readOnly &&
        existing !== null &&
        (deleting ? (
          <CareConfirm
            question={t('care.obs.deleteConfirm')}
            yes={t('care.remove')}
            no={t('care.cancel')}
            tone="danger"
            onYes={() => void remove()}
            onNo={() => setDeleting(false)}
          />
        ) : (
          <Button tone="danger" onClick={() => setDeleting(true)}>
            {t('care.obs.delete')}
          </Button>
        ))}
      <NavBar current="care" />
    </Screen>
  );
}
