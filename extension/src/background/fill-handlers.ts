/**
 * Background handlers of the filling engine: `fill.run` (enter one record in a tab), `fill.maps`
 * (built-in and user maps, optionally only those for a page) and `fill.ledger` (what was sent).
 * Payloads are validated here — a message is data, even from the extension's own pages.
 */
import * as v from 'valibot';
import type { WriteContext } from '../../../shared/db/write';
import { AppError } from '../../../shared/errors';
import '../../../shared/fill/fill-messages';
import { fillRecordSchema } from '../../../shared/fill/fill-record';
import { listLedger } from '../../../shared/fill/ledger';
import type { Handlers } from '../../../shared/messages';
import { extensionWriteContext } from './ledger';
import { runFill } from './run-fill';
import { allMaps, mapsFor } from './run-fill-maps';

const text = v.pipe(v.string(), v.nonEmpty(), v.maxLength(2_000));
const runSchema = v.object({
  tabId: v.pipe(v.number(), v.integer(), v.minValue(0)),
  mapId: text,
  record: fillRecordSchema,
  submit: v.boolean(),
  force: v.optional(v.boolean()),
});

function check<T>(schema: v.GenericSchema<unknown, T>, payload: unknown): T {
  const parsed = v.safeParse(schema, payload);
  if (parsed.success) return parsed.output;
  const [issue] = parsed.issues;
  const path = (issue?.path ?? []).map((p) => String(p.key)).join('.');
  throw new AppError('message.invalid', { detail: `${path || 'payload'}: ${issue?.message ?? 'invalid'}` });
}

export function fillHandlers(store: () => Promise<WriteContext> = extensionWriteContext): Handlers {
  return {
    'fill.run': async (payload) => {
      const request = check(runSchema, payload);
      return runFill({ ...request, force: request.force === true }, { store, maps: (ctx) => allMaps(ctx.db) });
    },
    'fill.maps': async (payload) => {
      const { url } = check(v.object({ url: v.optional(text) }), payload);
      return { maps: await mapsFor((await store()).db, url) };
    },
    'fill.ledger': async (payload) => {
      const { recordKey } = check(v.object({ recordKey: v.optional(text) }), payload);
      return { entries: await listLedger((await store()).db, recordKey) };
    },
  };
}
