/**
 * Runs a batch of fills record by record. The panel drives it (not the background worker): MV3
 * may put an idle worker to sleep, and one `fill.run` per record keeps each unit of work short
 * and its result in the ledger before the next starts. So closing the panel stops a batch after
 * the record in progress; nothing is lost, and what is left stays in the queue.
 *
 * Rules:
 * - pause and stop act between records (a record in progress finishes, so the portal never gets
 *   half an entry from us);
 * - the first failure stops the batch, unless "skip errors" is on (then it goes on and the failed
 *   records are listed);
 * - a record the ledger already shows as sent is `skipped`, not a failure;
 * - with submitting off, each filled form waits for the user (the batch pauses after it) so they
 *   can check it and press the portal's button themselves before the next record replaces it.
 */
import { type ErrorData, toErrorData } from '../../../shared/errors';
import type { FillOutcome } from '../../../shared/fill/fill-messages';
import type { FillRecord } from '../../../shared/fill/fill-record';

export type BatchPhase = 'running' | 'paused' | 'stopping' | 'done';
export type BatchEnd = 'finished' | 'stopped' | 'error';

export interface BatchResult {
  readonly recordKey: string;
  readonly status: FillOutcome['status'];
  readonly reference: string | null;
  readonly problems: readonly ErrorData[];
  readonly outcome: FillOutcome | null;
}

export interface BatchState {
  readonly phase: BatchPhase;
  readonly done: number;
  readonly total: number;
  readonly current: string | null;
  readonly results: readonly BatchResult[];
  /** Set when the batch ended. */
  readonly end: BatchEnd | null;
  /** True while paused because a filled form waits for the user to submit it. */
  readonly waitingForUser: boolean;
}

export interface BatchOptions {
  /** Carries one record out; may throw (a refused run). */
  run(record: FillRecord, index: number): Promise<FillOutcome>;
  readonly skipErrors: boolean;
  /** Pause after each `filled` record that is not the last (submitting is off). */
  readonly pauseAfterFilled: boolean;
  onChange(state: BatchState): void;
}

function fromOutcome(outcome: FillOutcome): BatchResult {
  return {
    recordKey: outcome.recordKey,
    status: outcome.status,
    reference: outcome.reference,
    problems: outcome.problems,
    outcome,
  };
}

/** A refused run: already sent is a skip, anything else a failure. */
function fromError(record: FillRecord, error: unknown): BatchResult {
  const data = toErrorData(error);
  return {
    recordKey: record.recordKey,
    status: data.code === 'fill.alreadySent' ? 'skipped' : 'failed',
    reference: null,
    problems: [data],
    outcome: null,
  };
}

export class Batch {
  private phase: BatchPhase = 'running';
  private waitingForUser = false;
  private wake: (() => void) | null = null;
  private done = 0;
  private current: string | null = null;
  private readonly results: BatchResult[] = [];
  private end: BatchEnd | null = null;

  constructor(
    private readonly records: readonly FillRecord[],
    private readonly options: BatchOptions,
  ) {}

  state(): BatchState {
    return {
      phase: this.phase,
      done: this.done,
      total: this.records.length,
      current: this.current,
      results: [...this.results],
      end: this.end,
      waitingForUser: this.waitingForUser,
    };
  }

  pause(): void {
    if (this.phase === 'running') this.set('paused');
  }

  resume(): void {
    if (this.phase !== 'paused') return;
    this.waitingForUser = false;
    this.set('running');
    this.wake?.();
  }

  stop(): void {
    if (this.phase === 'done') return;
    this.set('stopping');
    this.wake?.();
  }

  /** Runs to the end; resolves with the final state. */
  async run(): Promise<BatchState> {
    this.emit();
    for (const [index, record] of this.records.entries()) {
      if (!(await this.checkpoint())) return this.finish('stopped');
      this.current = record.recordKey;
      this.emit();
      let result: BatchResult;
      try {
        result = fromOutcome(await this.options.run(record, index));
      } catch (error) {
        result = fromError(record, error);
      }
      this.results.push(result);
      this.done += 1;
      this.current = null;
      if (result.status === 'failed' && !this.options.skipErrors) return this.finish('error');
      const more = index < this.records.length - 1;
      if (result.status === 'filled' && this.options.pauseAfterFilled && more && this.phase === 'running') {
        this.waitingForUser = true;
        this.phase = 'paused';
      }
      this.emit();
    }
    return this.finish(this.phase === 'stopping' ? 'stopped' : 'finished');
  }

  /** Waits while paused; false when the batch must stop. */
  private async checkpoint(): Promise<boolean> {
    while (this.phase === 'paused') {
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = null;
    }
    return this.phase === 'running';
  }

  private finish(end: BatchEnd): BatchState {
    this.end = end;
    this.phase = 'done';
    this.waitingForUser = false;
    this.emit();
    return this.state();
  }

  private set(phase: BatchPhase): void {
    this.phase = phase;
    this.emit();
  }

  private emit(): void {
    this.options.onChange(this.state());
  }
}
