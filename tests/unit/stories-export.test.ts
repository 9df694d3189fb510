import { describe, expect, it } from 'vitest';
import { cardTextOf, coverPhoto, storyImageFile, storyPageFile } from '../../pwa/src/screens/stories/story-export';
import { buildStoryPage, escapeHtml } from '../../pwa/src/screens/stories/story-page';
import { wrapLines } from '../../pwa/src/screens/stories/wrap-lines';
import type { Media, Story } from '../../shared/model/supervision';
import { NO_CONSENT } from '../../shared/supervision/story-rules';
import { rowMeta } from './factories';

/** Every character 10 units wide: easy to reason about. */
const measure = (text: string) => text.length * 10;

describe('wrapLines', () => {
  it('fills lines greedily with whole words', () => {
    expect(wrapLines('satu dua tiga empat lima', 100, measure)).toEqual(['satu dua', 'tiga empat', 'lima']);
  });

  it('breaks a word wider than a line', () => {
    expect(wrapLines('abcdefghijklmnop', 50, measure)).toEqual(['abcde', 'fghij', 'klmno', 'p']);
  });

  it('ends the last allowed line with an ellipsis that still fits', () => {
    const lines = wrapLines('satu dua tiga empat lima enam', 100, measure, 2);
    expect(lines).toEqual(['satu dua', 'tiga empa…']);
    expect(lines.every((line) => measure(line) <= 100)).toBe(true);
  });

  it('returns nothing for empty text', () => {
    expect(wrapLines('   ', 100, measure)).toEqual([]);
  });
});

const HOSTILE = '<img src=x onerror=alert(1)> & "Siti"';

const story = (overrides: Partial<Story> = {}): Story => ({
  id: 'story-1',
  ...rowMeta({ createdAt: '2026-03-10T02:00:00.000Z' }),
  family: { memberId: null, name: HOSTILE, nik: '', pkhId: '', address: '' },
  title: `Warung ${HOSTILE}`,
  text: `Paragraf satu ${HOSTILE}.\nBaris dua.\n\nParagraf dua.`,
  consent: { given: true, by: 'Siti', method: 'signed', recordedAt: '2026-03-10T02:00:00.000Z', mediaId: 'proof' },
  worker: 'Rina',
  ...overrides,
});

describe('the story page', () => {
  it('escapes every piece of text, so markup shows as typed', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const html = buildStoryPage({
      lang: 'id',
      title: `Warung ${HOSTILE}`,
      text: `Paragraf satu ${HOSTILE}.\nBaris dua.\n\nParagraf dua.`,
      dateText: '10 Maret 2026',
      mark: 'PKH · P2K2',
      photoDataUrl: 'data:image/jpeg;base64,AAAA',
      photoAlt: HOSTILE,
    });
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('<title>Warung &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Siti&quot;</title>');
    expect(html).toContain(
      '<p>Paragraf satu &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Siti&quot;.<br>Baris dua.</p>',
    );
    expect(html).toContain('<p>Paragraf dua.</p>');
    expect(html).toContain('<img src="data:image/jpeg;base64,AAAA" alt="&lt;img');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script/i);
  });

  it('inlines only image data URLs', () => {
    const page = (photoDataUrl: string) =>
      buildStoryPage({ lang: 'en', title: 't', text: '', dateText: 'd', mark: 'm', photoDataUrl, photoAlt: '' });
    expect(page('javascript:alert(1)')).not.toContain('javascript:');
    expect(page('data:text/html;base64,PHNjcmlwdD4=')).not.toContain('data:text/html');
    expect(page('https://example.org/x.jpg')).not.toContain('example.org');
  });
});

describe('export paths check consent themselves', () => {
  const photo = { id: 'photo-1', kind: 'photo', deletedAt: null } as unknown as Media;
  const proof = { id: 'proof', kind: 'photo', deletedAt: null } as unknown as Media;

  it('refuse to build an image or a page without consent', async () => {
    const locked = story({ consent: NO_CONSENT });
    await expect(storyImageFile(locked, [photo], 'id')).rejects.toMatchObject({
      code: 'input.invalid',
      details: { field: 'consent', reason: 'noConsent' },
    });
    await expect(storyPageFile(locked, [photo], 'id')).rejects.toMatchObject({ details: { reason: 'noConsent' } });
    await expect(storyPageFile(story({ deletedAt: '2026-03-11T00:00:00.000Z' }), [], 'en')).rejects.toMatchObject({
      details: { reason: 'deleted' },
    });
  });

  it('put the first story photo on the card, never the photo of the consent form', () => {
    expect(coverPhoto(story(), [proof, photo])?.id).toBe('photo-1');
    expect(coverPhoto(story(), [proof])).toBeNull();
  });

  it('card text: title, a quote from the first paragraph, the date, the mark', () => {
    const text = cardTextOf(story(), 'id');
    expect(text.title).toBe(`Warung ${HOSTILE}`);
    expect(text.quote).toBe(`Paragraf satu ${HOSTILE}. Baris dua.`);
    expect(text.dateText).toMatch(/2026/);
    expect(text.mark).toBe('PKH · Kisah Keluarga P2K2');
  });
});
