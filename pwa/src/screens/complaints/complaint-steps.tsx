/**
 * Moving a complaint along: one button per step the flow allows from where it stands, each
 * opening a short note; escalating asks to whom, closing asks for the answer given to the family.
 * For the most common complaint — a payment that did not arrive — one tap puts a ready answer in
 * our own words into the answer box, to be adjusted before saving.
 */
import { useRef, useState } from 'preact/hooks';
import { isAppError } from '../../../../shared/errors';
import { describeError } from '../../../../shared/i18n/translate';
import type { Complaint, ComplaintStatus } from '../../../../shared/model/supervision';
import { applyComplaintStep, nextStatuses, TEXT_LIMITS } from '../../../../shared/supervision/complaint-rules';
import { useApp, useT } from '../../app-context';
import { moveComplaint, type StepInput } from '../../data/complaints';
import { Button } from '../../ui/kit';
import { CheckedField } from './checked-field';

type StepField = 'note' | 'escalatedTo' | 'answer';

export function ComplaintSteps(props: { complaint: Complaint }) {
  const app = useApp();
  const t = useT();
  const { complaint } = props;
  const [step, setStep] = useState<ComplaintStatus | null>(null);
  const [note, setNote] = useState('');
  const [escalatedTo, setEscalatedTo] = useState('');
  const [answer, setAnswer] = useState('');
  const [problem, setProblem] = useState<{ field: StepField; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const answerRef = useRef<HTMLTextAreaElement>(null);
  const next = nextStatuses(complaint.status);

  function open(status: ComplaintStatus) {
    setStep(status);
    setNote('');
    setEscalatedTo('');
    setAnswer('');
    setProblem(null);
  }

  function input(to: ComplaintStatus): StepInput {
    return {
      to,
      note,
      ...(to === 'escalated' ? { escalatedTo } : {}),
      ...(to === 'closed' ? { answer } : {}),
    };
  }

  /** The same pure rule the write uses, run first so the message sits under the right box. */
  function localProblem(to: ComplaintStatus): { field: StepField; text: string } | null {
    try {
      applyComplaintStep(complaint, { ...input(to), at: new Date(0).toISOString(), today: '2000-01-01' });
      return null;
    } catch (error) {
      if (!isAppError(error)) throw error;
      const field = error.details.field;
      const stepField: StepField = field === 'escalatedTo' || field === 'answer' ? field : 'note';
      const text =
        error.details.reason === 'tooLong'
          ? t('complaints.check.tooLong', { max: TEXT_LIMITS[stepField] })
          : t(stepField === 'answer' ? 'complaints.step.answerEmpty' : 'complaints.step.escalatedToEmpty');
      return { field: stepField, text };
    }
  }

  async function confirm(event: Event) {
    event.preventDefault();
    if (step === null) return;
    const found = localProblem(step);
    setProblem(found);
    if (found !== null) return;
    setBusy(true);
    try {
      await moveComplaint(app.write, complaint.id, input(step));
      app.notify(t('complaints.step.saved', { status: t(`complaints.status.${step}`) }));
      setStep(null);
    } catch (error) {
      app.notify(describeError(app.lang, error), 'error');
    } finally {
      setBusy(false);
    }
  }

  function insertReadyAnswer() {
    const ready = t('complaints.readyAnswer.latePayment');
    setAnswer(answer.trim() === '' ? ready : `${answer.trimEnd()}\n\n${ready}`);
    setProblem(null);
    answerRef.current?.focus();
  }

  if (next.length === 0) return null;
  const errorsOf = (field: StepField) => (problem?.field === field ? [problem.text] : []);

  return (
    <section class="card cs-steps" aria-labelledby="cmp-next-title">
      <h2 id="cmp-next-title">{t('complaints.step.title')}</h2>
      <p class="muted">{t(`complaints.step.now.${complaint.status}`)}</p>
      <div class="row">
        {next.map((status) => (
          <Button
            key={status}
            tone={step === status ? 'primary' : 'plain'}
            aria-pressed={step === status}
            onClick={() => open(status)}
          >
            {t(`complaints.move.${status}`)}
          </Button>
        ))}
      </div>
      {step !== null && (
        <form class="form cs-step-form" onSubmit={confirm} noValidate aria-label={t(`complaints.move.${step}`)}>
          {step === 'escalated' && (
            <CheckedField
              label={t('complaints.step.escalatedTo')}
              hint={t('complaints.step.escalatedToHint')}
              errors={errorsOf('escalatedTo')}
            >
              <input name="escalatedTo" value={escalatedTo} onInput={(e) => setEscalatedTo(e.currentTarget.value)} />
            </CheckedField>
          )}
          {step === 'closed' && (
            <CheckedField
              label={t('complaints.step.answer')}
              hint={t('complaints.step.answerHint')}
              errors={errorsOf('answer')}
              after={
                <Button onClick={insertReadyAnswer} class="cs-ready">
                  {t('complaints.readyAnswer.insert')}
                </Button>
              }
            >
              <textarea
                ref={answerRef}
                name="answer"
                rows={12}
                value={answer}
                onInput={(e) => setAnswer(e.currentTarget.value)}
              />
            </CheckedField>
          )}
          <CheckedField label={t(`complaints.step.note.${step}`)} errors={errorsOf('note')}>
            <textarea name="note" rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </CheckedField>
          <div class="row">
            <Button tone="primary" type="submit" disabled={busy}>
              {t('complaints.step.confirm', { status: t(`complaints.status.${step}`) })}
            </Button>
            <Button onClick={() => setStep(null)}>{t('pwa.cancel')}</Button>
          </div>
        </form>
      )}
    </section>
  );
}
