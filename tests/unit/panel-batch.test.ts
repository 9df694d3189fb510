import { describe, expect, it } from 'vitest';
import { Batch, type BatchState } from '../../extension/src/sidepanel/batch-runner';
import { AppError } from '../../shared/errors';
import type { FillOutcome } from '../../shared/fill/fill-messages';
import { type FillRecord, type SessionReportRecord, sampleRecord } from '../../shared/fill/fill-record';

function records(n: number): FillRecord[] {
  const base = sampleRecord('sessionReport') as SessionReportRecord;
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    recordKey: `session:s${i + 1}`,
    session: { ...base.session, id: `s${i + 1}` },
  }));
}

function outcome(record: FillRecord, status: FillOutcome['status'], reference: string | null = null): FillOutcome {
  return {
    recordKey: record.recordKey,
    mapId: 'map',
    status,
    reference,
    readBack: { ok: 1, changed: 0, rejected: 0, unchecked: 0, allOk: status !== 'failed' },
    problems:
      status === 'failed' ? [{ code: 'fill.targetNotFound', details: { step: '3 (fill)', field: 'Tempat' } }] : [],
    warnings: [],
    at: '2026-11-29T04:00:00.000Z',
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a batch of fills', () => {
  it('runs every record in order and counts progress', async () => {
    const seen: number[] = [];
    const states: BatchState[] = [];
    const batch = new Batch(records(3), {
      run: async (record, index) => {
        seen.push(index);
        return outcome(record, 'sent', `LAP-${index}`);
      },
      skipErrors: false,
      pauseAfterFilled: false,
      onChange: (state) => states.push(state),
    });
    const end = await batch.run();
    expect(seen).toEqual([0, 1, 2]);
    expect(end).toMatchObject({ phase: 'done', end: 'finished', done: 3, total: 3 });
    expect(end.results.map((r) => [r.status, r.reference])).toEqual([
      ['sent', 'LAP-0'],
      ['sent', 'LAP-1'],
      ['sent', 'LAP-2'],
    ]);
    expect(states.map((s) => s.done)).toContain(2);
  });

  it('stops at the first failure unless errors are skipped', async () => {
    const run = async (record: FillRecord, index: number) => outcome(record, index === 1 ? 'failed' : 'sent', 'R');
    const strict = await new Batch(records(3), {
      run,
      skipErrors: false,
      pauseAfterFilled: false,
      onChange: () => {},
    }).run();
    expect(strict).toMatchObject({ end: 'error', done: 2 });
    expect(strict.results.map((r) => r.status)).toEqual(['sent', 'failed']);
    expect(strict.results[1]?.problems).toEqual([
      { code: 'fill.targetNotFound', details: { step: '3 (fill)', field: 'Tempat' } },
    ]);

    const lenient = await new Batch(records(3), {
      run,
      skipErrors: true,
      pauseAfterFilled: false,
      onChange: () => {},
    }).run();
    expect(lenient).toMatchObject({ end: 'finished', done: 3 });
    expect(lenient.results.map((r) => r.status)).toEqual(['sent', 'failed', 'sent']);
  });

  it('counts a refused run as failed, but an already-sent record as skipped', async () => {
    const run = async (_record: FillRecord, index: number): Promise<FillOutcome> => {
      if (index === 0) throw new AppError('fill.alreadySent', { when: '2026-11-28T01:00:00.000Z', reference: 'LAP-9' });
      throw new AppError('fill.noMap');
    };
    const end = await new Batch(records(3), {
      run,
      skipErrors: false,
      pauseAfterFilled: false,
      onChange: () => {},
    }).run();
    expect(end.results.map((r) => [r.status, r.problems[0]?.code])).toEqual([
      ['skipped', 'fill.alreadySent'],
      ['failed', 'fill.noMap'],
    ]);
    expect(end.end).toBe('error');
  });

  it('pauses between records and resumes, and stops after the record in progress', async () => {
    let release: () => void = () => {};
    const started: number[] = [];
    const batch = new Batch(records(3), {
      run: (record, index) => {
        started.push(index);
        return new Promise((resolve) => {
          release = () => resolve(outcome(record, 'sent', 'R'));
        });
      },
      skipErrors: false,
      pauseAfterFilled: false,
      onChange: () => {},
    });
    const done = batch.run();
    await settle();
    batch.pause();
    release();
    await settle();
    expect(batch.state()).toMatchObject({ phase: 'paused', done: 1 });
    expect(started).toEqual([0]);
    batch.resume();
    await settle();
    expect(started).toEqual([0, 1]);
    batch.stop();
    release();
    const end = await done;
    expect(end).toMatchObject({ end: 'stopped', done: 2 });
    expect(started).toEqual([0, 1]);
  });

  it('with submitting off, waits for the user after each filled form but the last', async () => {
    const batch = new Batch(records(2), {
      run: async (record) => outcome(record, 'filled'),
      skipErrors: false,
      pauseAfterFilled: true,
      onChange: () => {},
    });
    const done = batch.run();
    await settle();
    expect(batch.state()).toMatchObject({ phase: 'paused', waitingForUser: true, done: 1 });
    batch.resume();
    const end = await done;
    expect(end).toMatchObject({ end: 'finished', done: 2, waitingForUser: false });
  });
});
