import { isDeepStrictEqual } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyImport, exportBundle, readBundle } from '../../shared/bundle';
import { BUNDLE_CODES } from '../../shared/bundle/bundle-error';
import { AppError } from '../../shared/errors';
import { describeError } from '../../shared/i18n/translate';
import { FACILITATOR, freshContext, TEST_KDF_ITERATIONS, type TestContext } from '../fixtures/bundles/bundle-context';
import { firstRow, type HostileCase } from '../fixtures/bundles/corpus-case';
import { makeHugeAttendanceBundle } from '../fixtures/bundles/huge-attendance';
import { makeHostileCorpus, type ValidBundles } from '../fixtures/bundles/make-hostile-corpus';
import { pack, unpack } from '../fixtures/bundles/raw-zip';
import { dumpDb, makeSampleRows, storeRows } from '../fixtures/bundles/sample-rows';

const PASSPHRASE = 'kata sandi uji coba';
/** No case may take longer; a hang fails the test instead of stalling the run. */
const CASE_TIMEOUT_MS = 30_000;

let valid: ValidBundles;
let target: TestContext;

beforeAll(async () => {
  const source = await freshContext('device-a');
  await storeRows(source, makeSampleRows());
  const options = { scope: { kind: 'all' }, facilitator: FACILITATOR, clock: source.clock } as const;
  valid = {
    plain: await exportBundle(source.db, options),
    encrypted: await exportBundle(source.db, {
      ...options,
      passphrase: PASSPHRASE,
      kdfIterations: TEST_KDF_ITERATIONS,
    }),
    passphrase: PASSPHRASE,
  };
  // The device under attack already holds records: none may change.
  target = await freshContext('device-b');
  await storeRows(target, makeSampleRows());
});

type Outcome = { kind: 'refused'; error: AppError } | { kind: 'accepted' } | { kind: 'crashed'; error: unknown };

async function attempt(hostile: HostileCase): Promise<Outcome> {
  try {
    const bytes = await hostile.make();
    const parsed = await readBundle(bytes, hostile.passphrase === undefined ? {} : { passphrase: hostile.passphrase });
    await applyImport(target, parsed);
    return { kind: 'accepted' };
  } catch (error) {
    return error instanceof AppError ? { kind: 'refused', error } : { kind: 'crashed', error };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

describe('hostile bundles', () => {
  it('refuses every one with a bundle error, in bounded time, writing nothing', async () => {
    const corpus = makeHostileCorpus(valid);
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.map((hostile) => hostile.name)).size).toBe(corpus.length);
    const before = await dumpDb(target.db);
    const changesBefore = await target.db.changes.count();
    const problems: string[] = [];
    let refused = 0;
    for (const hostile of corpus) {
      const outcome = await withTimeout(attempt(hostile), CASE_TIMEOUT_MS);
      if (outcome === 'timeout') problems.push(`${hostile.name}: no answer within ${CASE_TIMEOUT_MS} ms`);
      else if (outcome.kind === 'accepted') problems.push(`${hostile.name}: accepted`);
      else if (outcome.kind === 'crashed') problems.push(`${hostile.name}: crashed with ${String(outcome.error)}`);
      else if (!(BUNDLE_CODES as readonly string[]).includes(outcome.error.code)) {
        problems.push(`${hostile.name}: refused with ${outcome.error.code}`);
      } else if (hostile.code !== undefined && outcome.error.code !== hostile.code) {
        problems.push(
          `${hostile.name}: ${outcome.error.code} ${JSON.stringify(outcome.error.details)}, expected ${hostile.code}`,
        );
      } else if (hostile.path !== undefined && outcome.error.details.path !== hostile.path) {
        problems.push(`${hostile.name}: refused at ${String(outcome.error.details.path)}, expected ${hostile.path}`);
      } else {
        refused += 1;
      }
      if ((await target.db.changes.count()) !== changesBefore) problems.push(`${hostile.name}: changes were logged`);
      if (!isDeepStrictEqual(await dumpDb(target.db), before)) problems.push(`${hostile.name}: the database changed`);
    }
    console.log(`hostile bundles refused: ${refused}/${corpus.length}`);
    expect(problems).toEqual([]);
  }, 600_000);

  it('accepts the 100,000-row table of the corpus once its one bad row is fixed', async () => {
    // The corpus holds the same table with row 87,654 broken, refused at exactly that row.
    const good = await readBundle(makeHugeAttendanceBundle(valid.plain, null));
    expect(good.tables.attendance).toHaveLength(100_000);
    expect(good.manifest.externalRefs.members).toHaveLength(100_000);
  }, 120_000);

  it('explains a refusal in Indonesian and English, naming the place', async () => {
    const source = unpack(valid.plain);
    firstRow(source, 'attendance').status = 'libur';
    const error = await readBundle(pack(source)).catch((caught: unknown) => caught);
    expect(describeError('id', error)).toBe(
      'Berkas paket tidak valid di attendance[0].status: must be one of hadir, izin, sakit, alpa',
    );
    expect(describeError('en', error)).toBe(
      'Invalid bundle file at attendance[0].status: must be one of hadir, izin, sakit, alpa',
    );
  });
});
