/**
 * The session commands as the screens run them: awaited, and a refusal explained in the user's
 * language (a transition refused because another tab moved the session on reads as such, not as a
 * generic "invalid input"). Success messages are shown only after the write resolved.
 */
import { AppError } from '../../../../shared/errors';
import { describeError, type Lang, type MessageKey, t } from '../../../../shared/i18n/translate';
import type { AppState } from '../../app-context';
import { finishSession, planProblemOf, reopenSession, startSession } from '../../data/sessions';
import { href, navigate } from '../../router';
import { clearRunState, goToStep } from './run-state';

export function describeSessionError(lang: Lang, error: unknown): string {
  const problem = planProblemOf(error);
  if (problem !== null) return t(lang, `session.problem.${problem}` as MessageKey);
  if (error instanceof AppError && (error.details.reason === 'transition' || error.details.reason === 'notRunning')) {
    return t(lang, `session.problem.${error.details.reason}`);
  }
  return describeError(lang, error);
}

/** Runs a session command; on failure tells the user and resolves to undefined. */
export async function runCommand<T>(app: AppState, work: Promise<T>): Promise<T | undefined> {
  try {
    return await work;
  } catch (error) {
    console.error(error);
    app.notify(describeSessionError(app.lang, error), 'error');
    return undefined;
  }
}

/** Starts the session, starts its first step's timer and opens the guide. */
export async function startAndOpen(app: AppState, sessionId: string, firstStepId: string | null): Promise<boolean> {
  const started = await runCommand(app, startSession(app.write, sessionId));
  if (started === undefined) return false;
  if (firstStepId !== null && started.startedAt !== null) {
    await runCommand(app, goToStep(app.db, sessionId, firstStepId, started.startedAt));
  }
  app.notify(t(app.lang, 'session.run.started'));
  navigate(href('sessions', sessionId, 'guide'));
  return true;
}

export async function finishAndSummarize(app: AppState, sessionId: string): Promise<boolean> {
  const done = await runCommand(app, finishSession(app.write, sessionId));
  if (done === undefined) return false;
  // The place in a finished session no longer matters; a reopened one starts from its ticks.
  await runCommand(app, clearRunState(app.db, sessionId));
  app.notify(t(app.lang, 'session.finish.done'));
  navigate(href('sessions', sessionId, 'summary'));
  return true;
}

export async function reopen(app: AppState, sessionId: string): Promise<boolean> {
  const reopened = await runCommand(app, reopenSession(app.write, sessionId));
  if (reopened === undefined) return false;
  app.notify(t(app.lang, 'session.reopen.done'));
  return true;
}
