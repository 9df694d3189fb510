import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import type { StoryConsent } from '../../shared/model/supervision';
import {
  assertPublishable,
  type ConsentDraft,
  canPublish,
  checkConsentDraft,
  checkStoryDraft,
  mediaProblem,
  NO_CONSENT,
  STORY_LIMITS,
  storyFileName,
  storyQuote,
} from '../../shared/supervision/story-rules';

const GIVEN: StoryConsent = {
  given: true,
  by: 'Siti Rahmawati',
  method: 'signed',
  recordedAt: '2026-03-10T02:00:00.000Z',
  mediaId: null,
};

const story = (consent: StoryConsent, deletedAt: string | null = null) => ({ consent, deletedAt });

describe('canPublish: a story leaves the device only with recorded consent', () => {
  it('allows a story whose family agreed, with who, how and when', () => {
    expect(canPublish(story(GIVEN))).toEqual({ ok: true });
    expect(canPublish(story({ ...GIVEN, method: 'verbal' }))).toEqual({ ok: true });
  });

  it('refuses without consent, with withdrawn consent, or with consent missing who, how or when', () => {
    expect(canPublish(story(NO_CONSENT))).toEqual({ ok: false, reason: 'noConsent' });
    expect(canPublish(story({ ...GIVEN, given: false }))).toEqual({ ok: false, reason: 'noConsent' });
    expect(canPublish(story({ ...GIVEN, by: '  ' }))).toEqual({ ok: false, reason: 'consentNoName' });
    expect(canPublish(story({ ...GIVEN, method: null }))).toEqual({ ok: false, reason: 'consentNoMethod' });
    expect(canPublish(story({ ...GIVEN, recordedAt: null }))).toEqual({ ok: false, reason: 'consentNoDate' });
    expect(canPublish(story({ ...GIVEN, recordedAt: 'kemarin' }))).toEqual({ ok: false, reason: 'consentNoDate' });
  });

  it('refuses a deleted story even with consent', () => {
    expect(canPublish(story(GIVEN, '2026-03-11T00:00:00.000Z'))).toEqual({ ok: false, reason: 'deleted' });
  });

  it('throws from assertPublishable so export builders stop before building anything', () => {
    expect(() => assertPublishable(story(GIVEN))).not.toThrow();
    try {
      assertPublishable(story(NO_CONSENT));
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details).toMatchObject({ field: 'consent', reason: 'noConsent' });
    }
  });
});

describe('recording consent', () => {
  const draft = (overrides: Partial<ConsentDraft> = {}): ConsentDraft => ({
    by: ' Siti Rahmawati ',
    method: 'recorded',
    date: '2026-03-10',
    agreed: true,
    mediaId: 'media-1',
    ...overrides,
  });

  it('records the moment when given today, and noon WIB of an earlier day otherwise', () => {
    expect(checkConsentDraft(draft(), '2026-03-10', '2026-03-10T02:00:00.000Z').consent).toEqual({
      given: true,
      by: 'Siti Rahmawati',
      method: 'recorded',
      recordedAt: '2026-03-10T02:00:00.000Z',
      mediaId: 'media-1',
    });
    expect(
      checkConsentDraft(draft({ date: '2026-03-01' }), '2026-03-10', '2026-03-10T02:00:00.000Z').consent?.recordedAt,
    ).toBe('2026-03-01T05:00:00.000Z');
  });

  it('lists everything missing: who, how, a possible date, and the family actually agreeing', () => {
    const checked = checkConsentDraft(
      draft({ by: '', method: null, date: '2026-03-11', agreed: false }),
      '2026-03-10',
      '2026-03-10T02:00:00.000Z',
    );
    expect(checked.consent).toBeNull();
    expect(checked.issues.map((issue) => issue.key)).toEqual([
      'stories.check.consentBy',
      'stories.check.consentMethod',
      'stories.check.consentDateFuture',
      'stories.check.consentAgreed',
    ]);
  });
});

describe('a story draft', () => {
  it('needs a family and a title; the text may come later', () => {
    const family = { memberId: null, name: 'Ibu Siti', nik: '', pkhId: '', address: '' };
    expect(checkStoryDraft({ family, title: ' Warung baru ', text: '' }, '2026-03-10').story).toEqual({
      family,
      title: 'Warung baru',
      text: '',
    });
    const bad = checkStoryDraft({ family: { ...family, name: '' }, title: '', text: 'x'.repeat(10_001) }, '2026-03-10');
    expect(bad.issues.map((issue) => `${issue.field}:${issue.key}`)).toEqual([
      'name:complaints.check.nameEmpty',
      'title:stories.check.titleEmpty',
      'text:stories.check.tooLong',
    ]);
  });
});

describe('media a story may hold', () => {
  const clip = { kind: 'audio' as const, mimeType: 'audio/webm;codecs=opus', size: 48_000, durationSeconds: 12.3 };
  it('accepts photos, voice and video of the right type and size', () => {
    expect(mediaProblem(clip)).toBeNull();
    expect(mediaProblem({ ...clip, kind: 'video', mimeType: 'video/webm' })).toBeNull();
    expect(mediaProblem({ ...clip, kind: 'photo', mimeType: 'image/jpeg', durationSeconds: null })).toBeNull();
    // Some recorders put a voice in a video container.
    expect(mediaProblem({ ...clip, mimeType: 'video/webm' })).toBeNull();
  });

  it('refuses the wrong type, an empty file, a file over the limit, a nonsense duration', () => {
    expect(mediaProblem({ ...clip, kind: 'photo' })).toBe('type');
    expect(mediaProblem({ ...clip, mimeType: 'text/html' })).toBe('type');
    expect(mediaProblem({ ...clip, size: 0 })).toBe('empty');
    expect(mediaProblem({ ...clip, size: STORY_LIMITS.mediaBytes + 1 })).toBe('tooLarge');
    expect(mediaProblem({ ...clip, durationSeconds: Number.POSITIVE_INFINITY })).toBe('duration');
    expect(mediaProblem({ ...clip, durationSeconds: -1 })).toBe('duration');
  });
});

describe('the card quote', () => {
  it('is the first paragraph when it is short', () => {
    expect(storyQuote('Dulu kami tidak punya tabungan.\n\nSekarang ada.')).toBe('Dulu kami tidak punya tabungan.');
  });

  it('keeps whole sentences that fit, else whole words with an ellipsis', () => {
    const text = `Kalimat pertama cukup pendek. ${'Kalimat kedua sangat panjang '.repeat(10)}.`;
    expect(storyQuote(text, 60)).toBe('Kalimat pertama cukup pendek.');
    const one = 'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh';
    expect(storyQuote(one, 30)).toBe('satu dua tiga empat lima enam…');
    expect(storyQuote('')).toBe('');
  });
});

describe('file names', () => {
  it('are plain ASCII words from the title', () => {
    expect(storyFileName('Warung Ibu Désy <b>laris</b>!', 'png')).toBe('cerita-warung-ibu-desy-b-laris-b.png');
    expect(storyFileName('???', 'html')).toBe('cerita-keluarga.html');
  });
});
