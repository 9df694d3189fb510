/**
 * Session observation: the checklist (built-in items, editing, the stored list's validation),
 * score summaries, facilitator histories, trends, due follow-ups and the checks before a write.
 */
import { describe, expect, it } from 'vitest';
import { t } from '../../shared/i18n/translate';
import { checkObservation } from '../../shared/supervision/check-observation';
import {
  addItem,
  BUILT_IN_ITEM_IDS,
  defaultObservationItems,
  moveItem,
  observationItemHint,
  observationItemLabel,
  parseObservationItems,
  removeItem,
  renameItem,
} from '../../shared/supervision/observation-items';
import {
  dueFollowUps,
  facilitatorHistories,
  observationTrend,
  ratingOf,
  summarizeScores,
} from '../../shared/supervision/observation-summary';
import { makeObservation, scores } from './care-support';
import { TEST_INSTANT } from './factories';

describe('the observation checklist', () => {
  it('ships 8–12 built-in items with our wording in both languages', () => {
    const items = defaultObservationItems();
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(items.length).toBeLessThanOrEqual(12);
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    for (const item of items) {
      expect(observationItemLabel(item, 'id')).not.toBe(observationItemLabel(item, 'en'));
      expect(observationItemHint(item, 'id')).toBeTruthy();
    }
    expect(observationItemLabel({ id: 'timeKept', text: null }, 'id')).toBe(t('id', 'care.item.timeKept'));
  });

  it('adds, renames, removes and reorders, refusing empty, duplicate and last-item edits', () => {
    const items = defaultObservationItems();
    const added = addItem(items, '  Peserta datang tepat waktu ', 'new-1', 'id');
    expect(added.ok && added.items.at(-1)).toEqual({ id: 'new-1', text: 'Peserta datang tepat waktu' });
    expect(addItem(items, '   ', 'x', 'id')).toEqual({ ok: false, error: 'empty' });
    // The same words as a built-in item's label, in another case, are a duplicate.
    const label = observationItemLabel({ id: 'timeKept', text: null }, 'id').toUpperCase();
    expect(addItem(items, label, 'x', 'id')).toEqual({ ok: false, error: 'duplicate' });
    expect(addItem(items, 'x'.repeat(201), 'x', 'id')).toEqual({ ok: false, error: 'tooLong' });

    const renamed = renameItem(items, 'manner', 'Ramah dan sopan', 'id');
    expect(renamed.ok && renamed.items.find((i) => i.id === 'manner')).toEqual({
      id: 'manner',
      text: 'Ramah dan sopan',
    });
    // A renamed item keeps the user's words in every language and loses the built-in hint.
    const manner = { id: 'manner', text: 'Ramah dan sopan' };
    expect(observationItemLabel(manner, 'en')).toBe('Ramah dan sopan');
    expect(observationItemHint(manner, 'id')).toBeNull();

    expect(removeItem([{ id: 'a', text: 'A' }], 'a')).toEqual({ ok: false, error: 'lastItem' });
    const moved = moveItem(items, 'opening', -1);
    expect(moved.slice(0, 2).map((i) => i.id)).toEqual(['opening', 'preparation']);
    expect(moveItem(items, 'preparation', -1)).toEqual(items);
    expect(moveItem(items, 'closing', 1)).toEqual(items);
  });

  it('refuses a damaged stored list and falls back to the built-in one', () => {
    expect(
      parseObservationItems([
        { id: 'a', text: 'A' },
        { id: 'a', text: 'B' },
      ]),
    ).toEqual(defaultObservationItems());
    expect(parseObservationItems([{ id: 'custom', text: null }])).toEqual(defaultObservationItems());
    expect(parseObservationItems('nonsense')).toEqual(defaultObservationItems());
    expect(parseObservationItems([])).toEqual(defaultObservationItems());
    const mine = [
      { id: 'x', text: 'Mine' },
      { id: BUILT_IN_ITEM_IDS[0], text: null },
    ];
    expect(parseObservationItems(mine)).toEqual(mine);
  });
});

describe('scores', () => {
  it('leaves "not observed" out of the mean', () => {
    const summary = summarizeScores(scores(4, 3, null, 2, null));
    expect(summary.mean).toBe(3);
    expect(summary.scored).toBe(3);
    expect(summary.notObserved).toBe(2);
    expect(summary.counts).toEqual({ 1: 0, 2: 1, 3: 1, 4: 1 });
    expect(summarizeScores(scores(null, null)).mean).toBeNull();
  });

  it('names a mean by the nearest score', () => {
    expect(ratingOf(1.49)).toBe('kurang');
    expect(ratingOf(1.5)).toBe('cukup');
    expect(ratingOf(2.5)).toBe('baik');
    expect(ratingOf(3.5)).toBe('sangatBaik');
    expect(ratingOf(4)).toBe('sangatBaik');
  });
});

describe('facilitator histories and trends', () => {
  const first = makeObservation({ date: '2026-01-10', scores: scores(2, 2, 2) });
  const second = makeObservation({
    facilitator: '  rina   PENDAMPING ',
    date: '2026-02-10',
    scores: scores(3, 2, null),
    followUps: [{ id: 'f1', text: 'Latih pembukaan', dueDate: '2026-02-20', done: false }],
  });
  const third = makeObservation({
    date: '2026-03-10',
    scores: [...scores(4, 3, 4), { itemId: 'new', label: 'Butir baru', score: 4, note: '' }],
    followUps: [
      { id: 'f2', text: 'Pakai lembar balik', dueDate: '2026-03-20', done: true },
      { id: 'f3', text: 'Cek kuis', dueDate: null, done: false },
    ],
  });
  const dewi = makeObservation({ facilitator: 'Dewi', date: '2026-03-01', scores: scores(1, 2) });
  const deleted = makeObservation({ date: '2026-03-12', deletedAt: TEST_INSTANT, scores: scores(1, 1, 1) });
  const all = [second, dewi, third, first, deleted];

  it('groups by name however it was typed, newest first, with means and open follow-ups', () => {
    const histories = facilitatorHistories(all);
    expect(histories.map((h) => [h.name, h.observations.length])).toEqual([
      ['Rina Pendamping', 3],
      ['Dewi', 1],
    ]);
    const rina = histories[0];
    expect(rina?.observations.map((o) => o.id)).toEqual([third.id, second.id, first.id]);
    expect(rina?.latestMean).toBe(3.75);
    // Each observation weighs the same: (2 + 2.5 + 3.75) / 3.
    expect(rina?.mean).toBeCloseTo(2.75, 10);
    expect(rina?.openFollowUps).toBe(2);
  });

  it('follows each item and the mean over the last N observations', () => {
    const rina = facilitatorHistories(all)[0]?.observations ?? [];
    const trend = observationTrend(rina, 10);
    expect(trend.points.map((p) => [p.date, p.mean])).toEqual([
      ['2026-01-10', 2],
      ['2026-02-10', 2.5],
      ['2026-03-10', 3.75],
    ]);
    expect(trend.items.map((i) => [i.itemId, i.scores])).toEqual([
      ['a', [2, 3, 4]],
      ['b', [2, 2, 3]],
      ['c', [2, null, 4]],
      ['new', [null, null, 4]],
    ]);
    expect(trend.items[0]?.mean).toBe(3);
    expect(trend.change).toBe(1.75);
    const lastTwo = observationTrend(rina, 2);
    expect(lastTwo.points.map((p) => p.date)).toEqual(['2026-02-10', '2026-03-10']);
    expect(lastTwo.change).toBe(1.25);
    expect(observationTrend([first], 5).change).toBeNull();
  });

  it('lists follow-ups due today or earlier that are not done', () => {
    const due = dueFollowUps(all, '2026-03-20');
    expect(due.map((d) => d.followUp.id)).toEqual(['f1']);
    expect(dueFollowUps(all, '2026-02-19')).toEqual([]);
  });
});

describe('checking an observation before it is written', () => {
  const draft = {
    sessionId: null,
    facilitator: ' Rina ',
    groupName: ' Melati ',
    curriculumCode: 'P2K2-05',
    date: '2026-03-10',
    scores: scores(3, null),
    notes: ' Baik ',
    followUps: [
      { id: 'f1', text: ' Latih kuis ', dueDate: '2026-03-20', done: false },
      { id: 'f2', text: '  ', dueDate: null, done: false },
    ],
  };

  it('trims, and drops follow-up rows left empty', () => {
    const checked = checkObservation(draft, '2026-03-15');
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect([checked.fields.facilitator, checked.fields.groupName, checked.fields.notes]).toEqual([
      'Rina',
      'Melati',
      'Baik',
    ]);
    expect(checked.fields.followUps).toEqual([{ id: 'f1', text: 'Latih kuis', dueDate: '2026-03-20', done: false }]);
  });

  it('reports every problem at once', () => {
    const checked = checkObservation(
      {
        ...draft,
        facilitator: '',
        date: '2026-03-16',
        scores: scores(null, null),
        followUps: [{ id: 'f1', text: '', dueDate: '2026-03-20', done: false }],
      },
      '2026-03-15',
    );
    expect(!checked.ok && checked.issues.map((i) => [i.field, i.key, i.index])).toEqual([
      ['facilitator', 'care.obs.error.facilitator', undefined],
      ['date', 'care.error.future', undefined],
      ['scores', 'care.obs.error.noScore', undefined],
      ['followUp', 'care.obs.error.followUpText', 0],
    ]);
  });
});
