/**
 * Panduan: the session's steps one at a time, in big type, with a timer per step. The timer counts
 * from when the step was first shown (stored on the device, see run-state.ts), so a reload or a
 * closed tab does not reset it; "done, next step" writes the tick with the minutes it took and
 * moves on. The list view ticks or unticks any step; key messages and goals are one tap away.
 */
import { useEffect, useState } from 'preact/hooks';
import { textIn, totalMinutes } from '../../../../shared/curriculum/catalogue';
import type { CurriculumStep } from '../../../../shared/curriculum/types';
import type { Clock } from '../../../../shared/model/clock';
import { useApp, useT } from '../../app-context';
import { MAX_STEP_MINUTES, tickStep, ticksOf } from '../../data/checklist';
import { href } from '../../router';
import { Banner, Button, LinkButton, Loading } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';
import type { RunContext } from './run-context';
import { goToStep, minutesBetween, readRunState } from './run-state';
import { runCommand } from './session-actions';
import { StepList, TextPanel } from './step-list';

function useNow(active: boolean, clock: Clock): number {
  const [now, setNow] = useState(() => clock.now().getTime());
  useEffect(() => {
    if (!active) return;
    setNow(clock.now().getTime());
    const timer = setInterval(() => setNow(clock.now().getTime()), 1000);
    return () => clearInterval(timer);
  }, [active, clock]);
  return now;
}

/** `7:05`, `1:02:09`: a stopwatch, not a sentence. */
export function formatStopwatch(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function GuideTab(props: { run: RunContext }) {
  const app = useApp();
  const t = useT();
  const { lang } = app;
  const { session, curriculum } = props.run;
  const running = session.status === 'running';
  const ticks = useLiveQuery(() => ticksOf(app.db, session.id), [session.id]);
  const place = useLiveQuery(() => readRunState(app.db, session.id), [session.id]);
  const [view, setView] = useState<'step' | 'list'>('step');
  const [showMessages, setShowMessages] = useState(false);
  /** null: goals show by themselves at the start (planned, or on the first step). */
  const [goalsChoice, setGoalsChoice] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const now = useNow(running, app.write.clock);

  const steps = curriculum.steps;
  const firstOpen = ticks === undefined ? undefined : steps.find((s) => ticks.get(s.id)?.done !== true);
  const chosen = place?.stepId == null ? undefined : steps.find((s) => s.id === place.stepId);
  const current = chosen ?? firstOpen;
  const currentId = current?.id ?? null;

  useEffect(() => {
    // A step shown for the first time starts its timer; the first step starts with the session.
    if (!running || place === undefined || currentId === null || place.stepStarts[currentId] !== undefined) return;
    const first = steps[0]?.id === currentId && Object.keys(place.stepStarts).length === 0;
    const at = first && session.startedAt !== null ? session.startedAt : app.write.clock.now().toISOString();
    void runCommand(app, goToStep(app.db, session.id, currentId, at));
  }, [running, place, currentId, steps, session.startedAt, session.id, app]);

  if (ticks === undefined || place === undefined) return <Loading />;

  const spentOn = (step: CurriculumStep): number | null => {
    const start = place.stepStarts[step.id];
    if (start === undefined) return null;
    return Math.min(MAX_STEP_MINUTES, minutesBetween(start, app.write.clock.now().toISOString()));
  };

  async function act(work: () => Promise<unknown>) {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  }

  const show = (step: CurriculumStep | null) =>
    runCommand(app, goToStep(app.db, session.id, step?.id ?? null, app.write.clock.now().toISOString()));

  const doneNext = (step: CurriculumStep) =>
    act(async () => {
      const ticked = await runCommand(
        app,
        tickStep(app.write, session.id, step.id, { done: true, minutesSpent: spentOn(step) }),
      );
      if (ticked === undefined) return;
      const after = steps.slice(steps.indexOf(step) + 1);
      await show(after.find((s) => ticks.get(s.id)?.done !== true) ?? null);
    });

  const toggle = async (step: CurriculumStep, done: boolean): Promise<boolean> => {
    const stored = await runCommand(
      app,
      tickStep(app.write, session.id, step.id, {
        done,
        // Only the step on screen has a running timer; a tick from the list elsewhere has no time.
        minutesSpent: done && step.id === currentId ? spentOn(step) : null,
      }),
    );
    return stored !== undefined;
  };

  const index = current === undefined ? -1 : steps.indexOf(current);
  const goalsOpen = goalsChoice ?? (session.status === 'planned' || (running && index === 0 && view === 'step'));
  const toolbar = (
    <div class="guide-bar">
      {running && (
        <>
          <Button aria-pressed={view === 'step'} onClick={() => setView('step')}>
            {t('session.guide.stepView')}
          </Button>
          <Button aria-pressed={view === 'list'} onClick={() => setView('list')}>
            {t('session.guide.listView')}
          </Button>
        </>
      )}
      <Button aria-expanded={showMessages} aria-controls="key-messages" onClick={() => setShowMessages(!showMessages)}>
        {t('session.guide.keyMessages')}
      </Button>
      <Button aria-expanded={goalsOpen} aria-controls="goals" onClick={() => setGoalsChoice(!goalsOpen)}>
        {t('session.guide.goals')}
      </Button>
    </div>
  );

  return (
    <div class="guide">
      {toolbar}
      {showMessages && (
        <TextPanel
          id="key-messages"
          title={t('session.guide.keyMessages')}
          items={curriculum.keyMessages}
          tone="messages"
        />
      )}
      {goalsOpen && <TextPanel id="goals" title={t('session.guide.goals')} items={curriculum.goals} tone="goals" />}
      {session.status === 'planned' && (
        <>
          <Banner tone="info">{t('session.guide.startFirst')}</Banner>
          <h2>{t('session.guide.overview', { minutes: totalMinutes(curriculum) })}</h2>
          <StepList steps={steps} ticks={ticks} currentId={null} editable={false} />
        </>
      )}
      {session.status === 'done' && (
        <>
          <Banner tone="ok">{t('session.guide.readOnly')}</Banner>
          <StepList steps={steps} ticks={ticks} currentId={null} editable={false} />
        </>
      )}
      {running && view === 'list' && (
        <StepList
          steps={steps}
          ticks={ticks}
          currentId={currentId}
          editable
          onToggle={toggle}
          onOpen={(step) => {
            setView('step');
            void show(step);
          }}
        />
      )}
      {running && view === 'step' && current === undefined && (
        <div class="all-done">
          <Banner tone="ok">{t('session.guide.allDone')}</Banner>
          <LinkButton href={href('sessions', session.id, 'summary')} tone="primary">
            {t('session.guide.toSummary')}
          </LinkButton>
        </div>
      )}
      {running && view === 'step' && current !== undefined && (
        <StepCard
          step={current}
          index={index}
          total={steps.length}
          done={ticks.get(current.id)?.done === true}
          minutesSpent={ticks.get(current.id)?.minutesSpent ?? null}
          start={place.stepStarts[current.id]}
          now={now}
          busy={busy}
          lang={lang}
          onDoneNext={() => void doneNext(current)}
          onUntick={() => void act(() => toggle(current, false))}
          onPrevious={index > 0 ? () => void act(() => show(steps[index - 1] ?? null)) : undefined}
          onNext={() => void act(() => show(steps[index + 1] ?? null))}
          summaryHref={href('sessions', session.id, 'summary')}
        />
      )}
    </div>
  );
}

function StepCard(props: {
  step: CurriculumStep;
  index: number;
  total: number;
  done: boolean;
  minutesSpent: number | null;
  start: string | undefined;
  now: number;
  busy: boolean;
  lang: 'id' | 'en';
  onDoneNext: () => void;
  onUntick: () => void;
  onPrevious: (() => void) | undefined;
  onNext: () => void;
  summaryHref: string;
}) {
  const t = useT();
  const { step, lang } = props;
  const elapsed = props.start === undefined ? 0 : props.now - Date.parse(props.start);
  const plannedMs = step.minutes * 60_000;
  const over = elapsed > plannedMs;
  const last = props.index === props.total - 1;
  return (
    <article class="step-card" aria-labelledby="step-title" data-testid="step-card">
      <p class="step-count">{t('session.guide.stepOf', { n: props.index + 1, total: props.total })}</p>
      <h2 id="step-title" class="step-title">
        {textIn(step.title, lang)}
      </h2>
      <div class="step-times">
        <span class="step-planned">{t('session.guide.planned', { minutes: step.minutes })}</span>
        {props.done ? (
          <span class="step-done-note">
            {props.minutesSpent === null
              ? t('session.guide.stepTicked')
              : t('session.guide.stepDone', { minutes: props.minutesSpent })}
          </span>
        ) : (
          <span class={`step-timer${over ? ' over' : ''}`} role="timer">
            {t('session.guide.elapsed', { time: formatStopwatch(elapsed) })}
            {over &&
              ` · ${t('session.guide.over', { minutes: Math.max(1, Math.floor((elapsed - plannedMs) / 60_000)) })}`}
          </span>
        )}
      </div>
      <p class="step-instruction">{textIn(step.instruction, lang)}</p>
      <div class="step-actions">
        {props.onPrevious !== undefined && (
          <Button onClick={props.onPrevious} disabled={props.busy}>
            ← {t('session.guide.previous')}
          </Button>
        )}
        {props.done ? (
          <>
            <Button onClick={props.onUntick} disabled={props.busy}>
              {t('session.guide.untick')}
            </Button>
            {last ? (
              <LinkButton href={props.summaryHref} tone="primary">
                {t('session.guide.toSummary')}
              </LinkButton>
            ) : (
              <Button tone="primary" class="btn-big" onClick={props.onNext} disabled={props.busy}>
                {t('session.guide.next')} →
              </Button>
            )}
          </>
        ) : (
          <Button tone="primary" class="btn-big" onClick={props.onDoneNext} disabled={props.busy}>
            {last ? t('session.guide.doneLast') : t('session.guide.doneNext')} {last ? '✓' : '→'}
          </Button>
        )}
      </div>
    </article>
  );
}
