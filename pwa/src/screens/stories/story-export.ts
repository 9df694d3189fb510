/**
 * Every way a story leaves the device goes through here: the image card, the page, the share
 * sheet. Each builder checks the family's consent first (`assertPublishable`), whatever the
 * button that called it did, so a story without consent cannot be exported by any path.
 */
import { type Lang, t } from '../../../../shared/i18n/translate';
import type { Media, Story } from '../../../../shared/model/supervision';
import { assertPublishable, storyFileName, storyQuote } from '../../../../shared/supervision/story-rules';
import { localeOf } from '../../ui/format';
import { drawStoryCard } from './card-image';
import { buildStoryPage } from './story-page';

export interface CardText {
  readonly title: string;
  readonly quote: string;
  readonly dateText: string;
  readonly mark: string;
}

/** The day the story was written, as "12 Maret 2026". */
export function storyDateText(story: Story, lang: Lang): string {
  return new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(story.createdAt),
  );
}

export function cardTextOf(story: Story, lang: Lang): CardText {
  return {
    title: story.title,
    quote: storyQuote(story.text),
    dateText: storyDateText(story, lang),
    mark: t(lang, 'stories.card.mark'),
  };
}

/** The photo on the card: the story's first photo (the consent's own media never). */
export function coverPhoto(story: Story, media: readonly Media[]): Media | null {
  return (
    media.find((item) => item.kind === 'photo' && item.id !== story.consent.mediaId && item.deletedAt === null) ?? null
  );
}

export async function storyImageFile(story: Story, media: readonly Media[], lang: Lang): Promise<File> {
  assertPublishable(story);
  const png = await drawStoryCard({ ...cardTextOf(story, lang), photo: coverPhoto(story, media)?.blob ?? null });
  return new File([png], storyFileName(story.title, 'png'), { type: 'image/png' });
}

export async function storyPageFile(story: Story, media: readonly Media[], lang: Lang): Promise<File> {
  assertPublishable(story);
  const photo = coverPhoto(story, media);
  const html = buildStoryPage({
    lang,
    title: story.title,
    text: story.text,
    dateText: storyDateText(story, lang),
    mark: t(lang, 'stories.card.mark'),
    photoDataUrl: photo === null ? null : await blobToDataUrl(photo.blob),
    photoAlt: story.title,
  });
  return new File([html], storyFileName(story.title, 'html'), { type: 'text/html' });
}

export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => (typeof reader.result === 'string' ? resolve(reader.result) : reject(new Error('read')));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}
