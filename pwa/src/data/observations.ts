/**
 * Session observations: reading and writing them, the device's checklist, and what an observation
 * started from a session knows already. Writes are checked first (shared/supervision/
 * check-observation.ts); a refused draft throws `input.invalid` and writes nothing.
 */

import * as v from 'valibot';
import type { LenteraDB } from '../../../shared/db/database';
import { readSetting, writeSetting } from '../../../shared/db/settings';
import { createRow, softDeleteRow, updateRow, type WriteContext } from '../../../shared/db/write';
import { AppError } from '../../../shared/errors';
import { addDays } from '../../../shared/model/clock';
import type { Observation } from '../../../shared/model/supervision';
import type { Group, Session } from '../../../shared/model/types';
import { checkObservation, type ObservationFields } from '../../../shared/supervision/check-observation';
import { type ObservationItem, ObservationItemsSchema } from '../../../shared/supervision/observation-items';
import { byDate } from '../../../shared/supervision/observation-summary';

const alive = <T extends { deletedAt: string | null }>(row: T): boolean => row.deletedAt === null;

/** Live observations, newest first. */
export async function listObservations(db: LenteraDB): Promise<Observation[]> {
  return (await db.observations.toArray()).filter(alive).sort(byDate).reverse();
}

export async function getObservation(db: LenteraDB, id: string): Promise<Observation | null> {
  const row = await db.observations.get(id);
  return row === undefined || !alive(row) ? null : row;
}

export async function readObservationItems(db: LenteraDB): Promise<ObservationItem[]> {
  return readSetting(db, 'observationItems');
}

/** Stores the edited checklist; a list the schema refuses throws before anything is written. */
export async function writeObservationItems(db: LenteraDB, items: readonly ObservationItem[]): Promise<void> {
  const parsed = v.safeParse(ObservationItemsSchema, items);
  if (!parsed.success)
    throw new AppError('input.invalid', { field: 'observationItems', detail: parsed.issues[0]?.message ?? '' });
  await writeSetting(db, 'observationItems', parsed.output);
}

/** Creates or updates an observation; `today` bounds its date. */
export async function saveObservation(
  ctx: WriteContext,
  draft: ObservationFields,
  today: string,
  existing?: Observation,
): Promise<Observation> {
  const checked = checkObservation(draft, today);
  if (!checked.ok) {
    const first = checked.issues[0];
    throw new AppError('input.invalid', { field: first?.field ?? 'observation', detail: first?.key ?? '' });
  }
  if (existing !== undefined) return updateRow(ctx, 'observations', existing, checked.fields);
  return createRow(ctx, 'observations', checked.fields);
}

export async function deleteObservation(ctx: WriteContext, observation: Observation): Promise<Observation> {
  return softDeleteRow(ctx, 'observations', observation);
}

export interface SessionPrefill {
  readonly session: Session;
  readonly group: Group | null;
  readonly facilitator: string;
  readonly groupName: string;
  readonly curriculumCode: string;
  readonly date: string;
}

/** What an observation of a session in this database starts with; `null` when it is not here. */
export async function sessionPrefill(db: LenteraDB, sessionId: string): Promise<SessionPrefill | null> {
  const session = await db.sessions.get(sessionId);
  if (session === undefined || !alive(session)) return null;
  const found = await db.groups.get(session.groupId);
  const group = found !== undefined && alive(found) ? found : null;
  return {
    session,
    group,
    facilitator: group?.facilitator ?? '',
    groupName: group?.name ?? '',
    curriculumCode: session.curriculumCode,
    date: session.actualDate ?? session.plannedDate,
  };
}

export interface ObservableSession {
  readonly session: Session;
  readonly groupName: string;
  readonly facilitator: string;
  /** Already observed: the observation's id. */
  readonly observationId: string | null;
}

/**
 * Sessions a supervisor may be observing: the last 30 days up to today (running and today's
 * first), with whether one is observed already.
 */
export async function observableSessions(db: LenteraDB, today: string): Promise<ObservableSession[]> {
  const from = addDays(today, -30);
  const [sessions, groups, observations] = await Promise.all([
    db.sessions.where('plannedDate').between(from, today, true, true).toArray(),
    db.groups.toArray(),
    db.observations.toArray(),
  ]);
  const groupById = new Map(groups.filter(alive).map((g) => [g.id, g]));
  const observed = new Map(
    observations.filter((o) => alive(o) && o.sessionId !== null).map((o) => [o.sessionId ?? '', o.id]),
  );
  const rank = (s: Session): number => (s.status === 'running' ? 0 : s.plannedDate === today ? 1 : 2);
  return sessions
    .filter((s) => alive(s) && groupById.has(s.groupId))
    .sort((a, b) => rank(a) - rank(b) || b.plannedDate.localeCompare(a.plannedDate))
    .map((session) => {
      const group = groupById.get(session.groupId);
      return {
        session,
        groupName: group?.name ?? '',
        facilitator: group?.facilitator ?? '',
        observationId: observed.get(session.id) ?? null,
      };
    });
}
