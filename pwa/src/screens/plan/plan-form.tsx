/**
 * The plan/edit form. Until the user picks something else, the material is the suggested next
 * session of the chosen group and the place is the group's meeting place, so the usual case is:
 * pick the date, save. Rules (formats, past dates, one session of a code per group and day) are
 * enforced in data/sessions.ts; this form shows their answers next to the field they concern.
 */
import { useMemo, useState } from 'preact/hooks';
import { textIn, totalMinutes } from '../../../../shared/curriculum/catalogue';
import type { MessageKey } from '../../../../shared/i18n/translate';
import { localDate, monthOf } from '../../../../shared/model/clock';
import type { Group, Member, Session } from '../../../../shared/model/types';
import { suggestNextSession } from '../../../../shared/rules/suggest-next-session';
import { useApp, useT } from '../../app-context';
import type { Curriculum } from '../../data/curriculum';
import { groupSessions } from '../../data/queries';
import {
  cancelSession,
  editSession,
  type PlanInput,
  type PlanProblem,
  planProblemOf,
  planSession,
} from '../../data/sessions';
import { href, navigate } from '../../router';
import { formatDate } from '../../ui/format';
import { Banner, Button, Field } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';
import { ConfirmPanel } from '../session/confirm-panel';
import { sessionTitle } from '../session/session-card';

type FormField = 'group' | 'code' | 'date' | 'time' | 'place' | 'form';

const FIELD_OF: Readonly<Record<PlanProblem, FormField>> = {
  group: 'group',
  code: 'code',
  dateFormat: 'date',
  past: 'date',
  duplicate: 'date',
  timeFormat: 'time',
  place: 'place',
  catchUpMembers: 'form',
  notPlanned: 'form',
  notes: 'form',
};

export function PlanForm(props: {
  groups: readonly Group[];
  curriculum: Curriculum;
  existing: Session | null;
  initialGroupId: string | undefined;
  initialCode: string | undefined;
  catchUpMembers: readonly Member[];
}) {
  const app = useApp();
  const t = useT();
  const { lang } = app;
  const { existing, curriculum, groups } = props;
  const catchUp = props.catchUpMembers.length > 0;
  const today = localDate(app.write.clock.now());
  const initialGroup =
    existing?.groupId ??
    groups.find((g) => g.id === props.initialGroupId)?.id ??
    (groups.length === 1 ? (groups[0]?.id ?? '') : '');
  const initialCode = props.initialCode !== undefined && curriculum.find(props.initialCode) ? props.initialCode : null;

  const [groupId, setGroupId] = useState(initialGroup);
  const [chosenCode, setChosenCode] = useState<string | null>(existing?.curriculumCode ?? initialCode);
  const [date, setDate] = useState(existing?.plannedDate ?? today);
  const [time, setTime] = useState(existing?.plannedTime ?? '09:00');
  const [chosenPlace, setChosenPlace] = useState<string | null>(existing?.place ?? null);
  const [problem, setProblem] = useState<PlanProblem | null>(null);
  const [asking, setAsking] = useState<'past' | 'cancel' | null>(null);
  const [busy, setBusy] = useState(false);

  const history = useLiveQuery(
    () => (groupId === '' ? Promise.resolve([]) : groupSessions(app.db, groupId)),
    [groupId],
  );
  const suggestion = useMemo(() => {
    if (catchUp || existing !== null || history === undefined) return null;
    return suggestNextSession(curriculum.sessions, history);
  }, [catchUp, existing, history, curriculum]);

  const group = groups.find((g) => g.id === groupId);
  const code = chosenCode ?? suggestion?.code ?? '';
  const place = chosenPlace ?? group?.meetingPlace ?? '';
  const chosen = curriculum.find(code);
  const titleOf = (c: string) => sessionTitle(curriculum, c, lang, t('session.unknownTitle', { code: c }));
  const errorFor = (field: FormField): string | undefined =>
    problem !== null && FIELD_OF[problem] === field && problem !== 'past'
      ? t(`session.problem.${problem}` as MessageKey)
      : undefined;

  async function save(allowPast: boolean) {
    const input: PlanInput = {
      groupId,
      curriculumCode: code,
      plannedDate: date,
      plannedTime: time,
      place,
      catchUpFor: props.catchUpMembers.map((m) => m.id),
    };
    const options = { knownCode: (c: string) => curriculum.find(c) !== undefined, allowPast };
    setBusy(true);
    try {
      const saved =
        existing === null
          ? await planSession(app.write, input, options)
          : await editSession(app.write, existing.id, input, options);
      app.notify(
        existing === null
          ? t('session.plan.saved', {
              title: titleOf(saved.curriculumCode),
              date: formatDate(saved.plannedDate, lang, 'long'),
            })
          : t('session.plan.updated'),
      );
      navigate(`${href('plan')}?month=${monthOf(saved.plannedDate)}&day=${saved.plannedDate}`);
    } catch (error) {
      const found = planProblemOf(error);
      setProblem(found);
      setAsking(found === 'past' ? 'past' : null);
      if (found === null) await app.guard(Promise.reject(error));
    } finally {
      setBusy(false);
    }
  }

  async function cancel() {
    if (existing === null) return;
    setBusy(true);
    const done = await app.guard(cancelSession(app.write, existing.id));
    setBusy(false);
    if (done === undefined) return;
    app.notify(t('session.plan.cancelled'));
    navigate(`${href('plan')}?month=${monthOf(existing.plannedDate)}`);
  }

  const edit = (apply: () => void) => {
    apply();
    setProblem(null);
    setAsking(null);
  };

  return (
    <form
      class="form plan-form"
      noValidate
      aria-label={t('session.plan.title')}
      onSubmit={(event) => {
        event.preventDefault();
        void save(false);
      }}
    >
      {catchUp && (
        <Banner tone="info">
          <span class="status-tag status-catchup">{t('session.catchUp')}</span>{' '}
          {t('session.plan.catchUpFor', {
            count: props.catchUpMembers.length,
            names: props.catchUpMembers.map((m) => m.name).join(', '),
          })}
        </Banner>
      )}
      {errorFor('form') !== undefined && <Banner tone="error">{errorFor('form')}</Banner>}
      <Field label={t('session.plan.group')} error={errorFor('group')}>
        <select
          name="group"
          value={groupId}
          disabled={catchUp}
          onChange={(e) => edit(() => setGroupId(e.currentTarget.value))}
        >
          <option value="">{t('session.plan.chooseGroup')}</option>
          {groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </Field>
      {suggestion !== null && (
        <Banner tone="info">
          <strong>{t('session.plan.suggestion')}</strong>{' '}
          <span data-testid="suggestion">
            {t(`rules.nextSession.${suggestion.reason}`, { title: titleOf(suggestion.code) })}
          </span>
          {code !== suggestion.code && (
            <>
              {' '}
              <Button onClick={() => edit(() => setChosenCode(null))}>{t('session.plan.useSuggestion')}</Button>
            </>
          )}
        </Banner>
      )}
      <Field
        label={t('session.plan.code')}
        error={errorFor('code')}
        {...(chosen
          ? { hint: t('session.plan.codeHint', { steps: chosen.steps.length, minutes: totalMinutes(chosen) }) }
          : {})}
      >
        <select name="code" value={code} onChange={(e) => edit(() => setChosenCode(e.currentTarget.value))}>
          <option value="">{t('session.plan.chooseCode')}</option>
          {curriculum.modules.map((module) => (
            <optgroup key={module.code} label={`${module.number}. ${textIn(module.title, lang)}`}>
              {module.sessions.map((s) => (
                <option key={s.code} value={s.code}>
                  {`${s.number}. ${textIn(s.title, lang)}`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </Field>
      <div class="plan-when">
        <Field label={t('session.plan.date')} error={errorFor('date')}>
          <input
            type="date"
            name="date"
            value={date}
            required
            onInput={(e) => edit(() => setDate(e.currentTarget.value))}
          />
        </Field>
        <Field label={t('session.plan.time')} error={errorFor('time')}>
          <input
            type="time"
            name="time"
            value={time}
            required
            onInput={(e) => edit(() => setTime(e.currentTarget.value))}
          />
        </Field>
      </div>
      <Field label={t('session.plan.place')} error={errorFor('place')}>
        <input
          name="place"
          value={place}
          maxLength={200}
          autoComplete="off"
          onInput={(e) => edit(() => setChosenPlace(e.currentTarget.value))}
        />
      </Field>
      {asking === 'past' && (
        <ConfirmPanel
          question={t('session.plan.pastConfirm', { date: formatDate(date, lang, 'long') })}
          yes={t('session.plan.pastYes')}
          no={t('session.plan.pastNo')}
          busy={busy}
          onYes={() => void save(true)}
          onNo={() => setAsking(null)}
        />
      )}
      <div class="row">
        <Button tone="primary" type="submit" disabled={busy}>
          {t('session.plan.save')}
        </Button>
        {existing !== null && asking !== 'cancel' && (
          <Button tone="danger" onClick={() => setAsking('cancel')}>
            {t('session.plan.cancelSession')}
          </Button>
        )}
      </div>
      {existing !== null && asking === 'cancel' && (
        <ConfirmPanel
          question={t('session.plan.cancelConfirm', {
            title: titleOf(existing.curriculumCode),
            date: formatDate(existing.plannedDate, lang, 'long'),
          })}
          yes={t('session.plan.cancelYes')}
          no={t('session.plan.cancelNo')}
          tone="danger"
          busy={busy}
          onYes={() => void cancel()}
          onNo={() => setAsking(null)}
        />
      )}
    </form>
  );
}
