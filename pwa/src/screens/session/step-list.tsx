/**
 * All steps of a session at a glance: tick boxes while it runs (tick or untick any step, in any
 * order), a plain record once it is done, a plan before it starts.
 *
 * A tick box shows the user's tap at once and keeps showing it until the stored row agrees (the
 * live query re-renders a moment after the write); if the write fails, the box goes back to what
 * is stored and the error is shown by the caller.
 */
import { useEffect, useState } from 'preact/hooks';
import { textIn } from '../../../../shared/curriculum/catalogue';
import type { CurriculumStep, LocalText } from '../../../../shared/curriculum/types';
import type { ChecklistTick } from '../../../../shared/model/types';
import { useApp, useT } from '../../app-context';
import { Button } from '../../ui/kit';

export function StepList(props: {
  steps: readonly CurriculumStep[];
  ticks: ReadonlyMap<string, ChecklistTick>;
  currentId: string | null;
  /** Tick boxes are live only while the session runs. */
  editable: boolean;
  /** Resolves to whether the tick was stored. */
  onToggle?: (step: CurriculumStep, done: boolean) => Promise<boolean>;
  onOpen?: (step: CurriculumStep) => void;
}) {
  const { lang } = useApp();
  const t = useT();
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(new Map());
  const { ticks } = props;
  useEffect(() => {
    setPending((current) => {
      const open = [...current].filter(([id, done]) => (ticks.get(id)?.done === true) !== done);
      return open.length === current.size ? current : new Map(open);
    });
  }, [ticks]);

  async function toggle(step: CurriculumStep, done: boolean) {
    setPending((current) => new Map([...current, [step.id, done]]));
    const stored = (await props.onToggle?.(step, done)) === true;
    if (!stored) {
      setPending((current) => new Map([...current].filter(([id]) => id !== step.id)));
    }
  }

  return (
    <ol class="step-list" data-testid="step-list">
      {props.steps.map((step, index) => {
        const tick = ticks.get(step.id);
        const done = pending.get(step.id) ?? tick?.done === true;
        const label = `${index + 1}. ${textIn(step.title, lang)}`;
        const minutes =
          done && tick?.minutesSpent !== null && tick?.minutesSpent !== undefined
            ? ` · ${t('session.guide.stepDone', { minutes: tick.minutesSpent })}`
            : '';
        return (
          <li key={step.id} class={`${step.id === props.currentId ? 'current ' : ''}${done ? 'done' : ''}`}>
            {props.editable ? (
              <label class="choice step-tick">
                <input type="checkbox" checked={done} onChange={(e) => void toggle(step, e.currentTarget.checked)} />
                <span>{label}</span>
              </label>
            ) : (
              <span class="step-static">
                <span aria-hidden="true" class="step-mark">
                  {done ? '✓' : '○'}
                </span>
                <span>{label}</span>
                {done && <span class="visually-hidden">{t('session.guide.stepTicked')}</span>}
              </span>
            )}
            <span class="muted step-minutes">
              {t('session.guide.minutes', { minutes: step.minutes })}
              {minutes}
            </span>
            {props.onOpen !== undefined && (
              <Button
                class="step-open"
                onClick={() => props.onOpen?.(step)}
                aria-label={t('session.guide.openLabel', { n: index + 1, title: textIn(step.title, lang) })}
              >
                {t('session.guide.open')}
              </Button>
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** A titled list of texts (learning goals, key messages). */
export function TextPanel(props: {
  id: string;
  title: string;
  items: readonly LocalText[];
  tone: 'goals' | 'messages';
}) {
  const { lang } = useApp();
  return (
    <section id={props.id} class={`text-panel text-panel-${props.tone}`} aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      <ul>
        {props.items.map((item) => (
          <li key={item.id}>{textIn(item, lang)}</li>
        ))}
      </ul>
    </section>
  );
}
