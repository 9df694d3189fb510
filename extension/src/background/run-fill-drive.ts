/**
 * Drives one record through a form: collect → plan → execute → read back, again after every
 * page change (`continuation`), until the map is done. Policies:
 * - Nothing is pressed after a value that did not stick (the content script stops first); such a
 *   value, like any error, stops the run.
 * - A submit counts as sent only when the page confirms it (`checkSuccess` on the page text, a new
 *   confirmation, not one that was already showing); red errors instead stop the run.
 * - **Page by page**: when a paginated table turns its page by following a link, what was entered
 *   on the page would be lost, so with submitting on, the map's steps after the table (its save
 *   button) run on every page before the page turns, and each save must be confirmed. With
 *   submitting off, the fill stops on the current page rather than lose what it entered.
 */
import { AppError, type ErrorData, toErrorData } from '../../../shared/errors';
import { compareReadBack, type ReadBack, type ReadBackStatus } from '../../../shared/fill/check-read-back';
import { checkSuccess, type SuccessResult } from '../../../shared/fill/check-success';
import type { FillFileBytes, FillPhase } from '../../../shared/fill/fill-messages';
import type { FillAction, FillPlan, FillWarning, PlanResume } from '../../../shared/fill/fill-plan';
import type { FillRecord } from '../../../shared/fill/fill-record';
import type { FormMap } from '../../../shared/fill/form-map';
import { planFill } from '../../../shared/fill/plan-fill';
import { selectorsOf } from '../../../shared/fill/selectors-of';
import { pause, type TabPage } from './run-fill-page';

const MAX_ROUNDS = 300;

export interface DriveOptions {
  readonly page: TabPage;
  readonly map: FormMap;
  readonly record: FillRecord;
  readonly submit: boolean;
  readonly signal: AbortSignal;
  readonly photoBytes: (photoId: string) => Promise<FillFileBytes>;
  readonly progress: (phase: FillPhase, rounds: number, step: string) => void;
}

function isPress(action: FillAction): boolean {
  return action.action === 'click' || action.action === 'submit';
}

function targetKey(target: { framePath: readonly string[]; shadowPath: readonly string[]; css: string }): string {
  return [...target.framePath, '|', ...target.shadowPath, '|', target.css].join('\u0001');
}

/** The time a range may take: the waits it asks for, plus room for typing and settling. */
function budget(actions: readonly FillAction[]): number {
  let ms = 20_000;
  for (const a of actions) {
    ms += 1_500;
    if (a.action === 'waitFor') ms += a.timeoutMs;
    if (a.action === 'selectOption' || a.action === 'select2') ms += a.waitForOptionsMs;
  }
  return ms;
}

export class FillDriver {
  readonly warnings: FillWarning[] = [];
  readonly problems: ErrorData[] = [];
  readonly references: string[] = [];
  readonly tally: Record<ReadBackStatus, number> = { ok: 0, changed: 0, rejected: 0, unchecked: 0 };
  /** True once the portal confirmed a submission. */
  sent = false;
  private rounds = 0;
  private readonly files = new Map<string, FillFileBytes>();

  constructor(private readonly o: DriveOptions) {}

  run(): Promise<void> {
    return this.runFrom(null);
  }

  private warn(list: readonly FillWarning[]): void {
    for (const w of list) {
      const same = (x: FillWarning): boolean =>
        x.key === w.key && x.step === w.step && JSON.stringify(x.values) === JSON.stringify(w.values);
      if (!this.warnings.some(same)) this.warnings.push(w);
    }
  }

  private async runFrom(resume: PlanResume | null): Promise<void> {
    const { page, map, record } = this.o;
    let current = resume;
    for (;;) {
      if (++this.rounds > MAX_ROUNDS) {
        throw new AppError('formMap.invalid', { path: 'steps', detail: `more than ${MAX_ROUNDS} pages or steps` });
      }
      this.o.progress('collect', this.rounds, '');
      const collected = await page.collect(selectorsOf(map));
      const [bad] = collected.invalidSelectors;
      if (bad !== undefined)
        throw new AppError('formMap.invalid', { path: 'css', detail: `invalid CSS selector "${bad}"` });
      const plan = planFill(map, record, collected.fields, {
        submit: this.o.submit,
        ...(current !== null && { resume: current }),
      });
      this.warn(plan.warnings);
      const goOn = await this.carryOut(plan, new Set(collected.navigatingLinks));
      if (!goOn || plan.continuation === null) return;
      current = plan.continuation;
    }
  }

  /** Executes one plan; false when the fill must stop on this page (see "page by page"). */
  private async carryOut(plan: FillPlan, navigatingLinks: ReadonlySet<string>): Promise<boolean> {
    const last = plan.actions.at(-1);
    const turn = last?.action === 'click' && last.purpose === 'nextPage' ? last : null;
    const end = turn === null ? plan.actions.length : plan.actions.length - 1;
    await this.segments(plan, 0, end);
    if (turn === null) return true;
    if (navigatingLinks.has(targetKey(turn.target))) {
      const submitAt = this.o.map.steps.findIndex((s) => s.kind === 'submit');
      if (plan.submit !== 'on' || submitAt < turn.stepIndex) {
        this.skipRest(plan, turn);
        return false;
      }
      const filledRows = plan.actions.slice(0, end).some((a) => a.member !== null);
      if (filledRows) await this.runFrom({ stepIndex: turn.stepIndex + 1, doneMemberIds: [], page: 1 });
    }
    await this.segments(plan, end, plan.actions.length);
    return true;
  }

  /** Families the fill stops before reaching, each named in a warning. */
  private skipRest(plan: FillPlan, turn: FillAction): void {
    const done = new Set(plan.continuation?.doneMemberIds ?? []);
    const members = this.o.record.kind === 'memberAttendance' ? [this.o.record.member] : this.o.record.members;
    this.warn(
      members
        .filter((m) => !done.has(m.id))
        .map((m) => ({
          key: 'extension.warning.rowSkipped' as const,
          step: turn.step,
          values: { step: turn.step, field: turn.field, name: m.name, nik: m.nik },
        })),
    );
  }

  private async filesFor(actions: readonly FillAction[]): Promise<Record<string, FillFileBytes>> {
    const out: Record<string, FillFileBytes> = {};
    for (const action of actions) {
      if (action.action !== 'upload') continue;
      const id = action.photo.id;
      let bytes = this.files.get(id);
      if (bytes === undefined) {
        bytes = await this.o.photoBytes(id);
        this.files.set(id, bytes);
      }
      out[id] = bytes;
    }
    return out;
  }

  /** Tallies read-backs of `plan.actions[from..upTo]` and records what did not stick. */
  private record(plan: FillPlan, from: number, upTo: number, reads: readonly ReadBack[]): ErrorData[] {
    const report = compareReadBack(plan, reads);
    const read = new Set(reads.map((r) => r.actionIndex));
    const found: ErrorData[] = [];
    for (let i = from; i <= upTo; i++) {
      const checked = report.actions[i];
      const action = plan.actions[i];
      if (checked === undefined || action === undefined) continue;
      const status: ReadBackStatus = read.has(i) || action.expect === null ? checked.status : 'unchecked';
      this.tally[status] += 1;
      if (status !== 'changed' && status !== 'rejected') continue;
      const who = action.member === null ? '' : ` — ${action.member.name} (NIK ${action.member.nik})`;
      const actual = checked.message !== '' ? `${checked.actual} — ${checked.message}` : checked.actual;
      found.push({
        code: 'fill.valueRejected',
        details: { step: checked.step, field: `${checked.field}${who}`, actual },
      });
    }
    this.problems.push(...found);
    return found;
  }

  private async segments(plan: FillPlan, from: number, to: number): Promise<void> {
    const { page } = this.o;
    let i = from;
    let retried = false;
    while (i < to) {
      const pressAt = plan.actions.findIndex((a, k) => k >= i && k < to && isPress(a));
      const pressing = pressAt < 0 ? null : (plan.actions[pressAt] ?? null);
      const before = pressing?.action === 'submit' ? await page.state(plan.success?.selector) : null;
      this.o.progress(pressing?.action === 'submit' ? 'submit' : 'execute', this.rounds, plan.actions[i]?.step ?? '');
      const slice = plan.actions.slice(i, pressAt < 0 ? to : pressAt + 1);
      const result = await page.execute(plan, i, to, await this.filesFor(slice), budget(slice));
      if (result === null) {
        // The page went away mid-call. A late navigation after the previous press lands here
        // on the `waitFor` that follows it: wait for the new page and look again, once.
        if (pressing === null) {
          if (plan.actions[i]?.action !== 'waitFor' || retried) {
            throw new AppError('fill.timeout', { seconds: 0, step: plan.actions[i]?.step ?? '' });
          }
          retried = true;
          await page.settleNavigation();
          continue;
        }
        this.record(plan, i, pressAt, []);
        await page.settleNavigation();
        if (pressing.action === 'submit') await this.confirm(plan, pressing, null);
        i = pressAt + 1;
        continue;
      }
      this.warn(result.warnings);
      const { stop } = result;
      const upTo = stop.kind === 'end' ? to - 1 : stop.actionIndex;
      const failed = this.record(plan, i, stop.kind === 'readBackFailed' ? upTo - 1 : upTo, result.reads);
      if (stop.kind === 'end') return;
      if (stop.kind === 'readBackFailed') {
        const first = failed[0] ?? { code: 'fill.valueRejected', details: {} };
        throw new AppError(first.code, first.details);
      }
      const action = plan.actions[stop.actionIndex];
      if (stop.navigating) {
        this.o.progress('navigate', this.rounds, action?.step ?? '');
        await page.settleNavigation();
      }
      if (action?.action === 'submit') await this.confirm(plan, action, stop.navigating ? null : before);
      i = stop.actionIndex + 1;
    }
  }

  /** Waits for the page to confirm a submission; red errors or silence stop the run. */
  private async confirm(
    plan: FillPlan,
    action: FillAction,
    before: { text: string; selectorFound: boolean; errors: readonly string[] } | null,
  ): Promise<void> {
    const { success } = plan;
    if (success === null) {
      this.sent = true;
      return;
    }
    const stale: SuccessResult | null = before === null ? null : checkSuccess(success, before);
    const staleErrors = new Set(before?.errors ?? []);
    const timeoutMs = success.timeoutMs ?? 20_000;
    const deadline = Date.now() + timeoutMs;
    let complaintsSince = 0;
    for (;;) {
      const state = await this.o.page.state(success.selector);
      if (state !== null) {
        const result = checkSuccess(success, state);
        const isNew = stale === null || !stale.ok || result.reference !== stale.reference;
        if (result.ok && isNew) {
          this.sent = true;
          if (result.reference !== null) this.references.push(result.reference);
          return;
        }
        const fresh = state.errors.filter((e) => !staleErrors.has(e));
        if (fresh.length === 0) complaintsSince = 0;
        else complaintsSince ||= Date.now();
        if (complaintsSince !== 0 && Date.now() - complaintsSince >= 1_500) {
          throw new AppError('fill.valueRejected', {
            step: action.step,
            field: action.field,
            actual: fresh.join(' | '),
          });
        }
      }
      if (Date.now() > deadline) {
        throw new AppError('fill.timeout', {
          seconds: Math.round(timeoutMs / 1000),
          step: action.step,
          field: action.field,
        });
      }
      await pause(300, this.o.signal);
    }
  }

  /** The error that stopped the run, added to `problems` unless a read-back already put it there. */
  fail(error: unknown): void {
    const data = toErrorData(error);
    const same = (p: ErrorData): boolean =>
      p.code === data.code && JSON.stringify(p.details) === JSON.stringify(data.details);
    if (!this.problems.some(same)) this.problems.unshift(data);
  }
}
