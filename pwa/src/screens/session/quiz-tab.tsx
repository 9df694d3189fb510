/**
 * The session quiz, before (pre) and after (post) the material. Two ways to record: one question at
 * a time (question big, read aloud, a row of big answer buttons per family) or a grid of families ×
 * questions where a tap cycles the answer. Every tap is written at once; scores come from the
 * saved answers through the shared scoring rules.
 */
import { useMemo, useState } from 'preact/hooks';
import type { QuizAnswer, QuizPhase } from '../../../../shared/model/types';
import { type QuizSummary, scoreQuiz } from '../../../../shared/rules/score-quiz';
import { useApp, useT } from '../../app-context';
import { listAttendance } from '../../data/attendance';
import { type AnswerValue, listQuizAnswers, recordAnswer } from '../../data/quiz';
import { href } from '../../router';
import { Empty, Loading } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';
import type { QuizCells } from './quiz-cells';
import { QuizGrid } from './quiz-grid';
import { QuizOneByOne } from './quiz-one-by-one';
import { QuizSummaryCard } from './quiz-summary';
import { Segmented, StickyBar, useCorrectionLock, useWriteQueue } from './record-kit';
import type { RunContext } from './run-context';
import './record.css';

type Mode = 'one' | 'grid';

const keyOf = (memberId: string, questionId: string, phase: QuizPhase): string => `${memberId}|${questionId}|${phase}`;

export function QuizTab(props: { run: RunContext }) {
  const { session, members, curriculum, finished } = props.run;
  const app = useApp();
  const t = useT();
  const data = useLiveQuery(
    async () => ({
      answers: await listQuizAnswers(app.db, session.id),
      attendance: await listAttendance(app.db, session.id),
    }),
    [app.db, session.id],
  );
  const byKey = useMemo(
    () =>
      new Map((data?.answers ?? []).map((a): [string, QuizAnswer] => [keyOf(a.memberId, a.questionId, a.phase), a])),
    [data],
  );
  const queue = useWriteQueue<AnswerValue | null>((key) => byKey.get(key)?.answer ?? null);
  const lock = useCorrectionLock(finished);
  const [chosenPhase, setPhase] = useState<QuizPhase | null>(null);
  const [mode, setMode] = useState<Mode>('one');
  const [showAll, setShowAll] = useState(false);
  const questions = curriculum.quiz;
  const summary = useMemo<QuizSummary | null>(
    () => (data === undefined ? null : scoreQuiz(questions, data.answers)),
    [data, questions],
  );

  if (data === undefined || summary === null) return <Loading />;
  if (questions.length === 0) return <Empty>{t('run.quiz.noQuestions')}</Empty>;

  // Once post answers exist the facilitator is most likely recording "after".
  const phase: QuizPhase = chosenPhase ?? (data.answers.some((a) => a.phase === 'post') ? 'post' : 'pre');
  const present = members.filter((m) => data.attendance.get(m.id)?.status === 'hadir');
  const listed = showAll ? members : present;
  const scores = new Map(summary.members.map((m) => [m.memberId, m[phase]]));

  const cells: QuizCells = {
    questions,
    lang: app.lang,
    editable: lock.editable,
    value: (memberId, questionId) => queue.shown(keyOf(memberId, questionId, phase)),
    saving: (memberId, questionId) => queue.saving(keyOf(memberId, questionId, phase)),
    change: (memberId, question, next) =>
      queue.enqueue(keyOf(memberId, question.id, phase), next, (value) =>
        recordAnswer(app.write, { sessionId: session.id, memberId, phase }, question, value),
      ),
    score: (memberId) => {
      const s = scores.get(memberId);
      return s == null ? '–' : t('run.quiz.scoreOf', { correct: s.correct, total: s.total });
    },
  };

  return (
    <div class="record quiz">
      {lock.notice}
      <StickyBar class="quiz-bar">
        <Segmented
          label={t('run.quiz.phase')}
          value={phase}
          options={[
            { key: 'pre', label: t('run.quiz.pre') },
            { key: 'post', label: t('run.quiz.post') },
          ]}
          onChange={setPhase}
        />
        <Segmented
          label={t('run.quiz.mode')}
          value={mode}
          options={[
            { key: 'one', label: t('run.quiz.modeOne') },
            { key: 'grid', label: t('run.quiz.modeGrid') },
          ]}
          onChange={setMode}
        />
      </StickyBar>
      <QuizSummaryCard summary={summary} />
      <label class="choice">
        <input type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.currentTarget.checked)} />
        <span>{t('run.quiz.showAll', { count: members.length - present.length })}</span>
      </label>
      {listed.length === 0 ? (
        <Empty>
          {t('run.quiz.nobodyPresent')}{' '}
          <a href={href('sessions', session.id, 'attendance')}>{t('run.quiz.toAttendance')}</a>
        </Empty>
      ) : mode === 'one' ? (
        <QuizOneByOne cells={cells} members={listed} />
      ) : (
        <QuizGrid cells={cells} members={listed} />
      )}
    </div>
  );
}
