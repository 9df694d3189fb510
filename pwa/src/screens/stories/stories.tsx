/**
 * Success stories on this device, the latest first: title, family, how many photos and clips,
 * and — plainly — whether the family's consent is recorded (without it a story cannot be shared).
 */
import type { Media, Story } from '../../../../shared/model/supervision';
import { canPublish } from '../../../../shared/supervision/story-rules';
import { useApp, useT } from '../../app-context';
import { listStories } from '../../data/stories';
import { href } from '../../router';
import { Empty, LinkButton, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';
import { useObjectUrl } from '../session/photos-thumb';
import './stories.css';

interface Row {
  readonly story: Story;
  readonly cover: Media | null;
  readonly photos: number;
  readonly clips: number;
}

export function Stories() {
  const app = useApp();
  const t = useT();
  const rows = useLiveQuery(async (): Promise<Row[]> => {
    const [stories, media] = await Promise.all([listStories(app.db), app.db.media.toArray()]);
    return stories.map((story) => {
      const own = media
        .filter((item) => item.storyId === story.id && item.deletedAt === null && item.id !== story.consent.mediaId)
        .sort((a, b) => a.takenAt.localeCompare(b.takenAt));
      const photos = own.filter((item) => item.kind === 'photo');
      return { story, cover: photos[0] ?? null, photos: photos.length, clips: own.length - photos.length };
    });
  }, []);

  return (
    <Screen title={t('stories.title')} back={href('care')}>
      <LinkButton href={href('stories', 'new')} tone="primary">
        {t('stories.add')}
      </LinkButton>
      {rows === undefined ? (
        <Loading />
      ) : rows.length === 0 ? (
        <Empty>{t('stories.empty')}</Empty>
      ) : (
        <ul class="cards" data-testid="story-list">
          {rows.map((row) => (
            <li key={row.story.id}>
              <StoryRow row={row} />
            </li>
          ))}
        </ul>
      )}
      <NavBar current="care" />
    </Screen>
  );
}

function StoryRow(props: { row: Row }) {
  const t = useT();
  const { story, cover } = props.row;
  const consented = canPublish(story).ok;
  return (
    <a class="card sty-row" href={href('stories', story.id)} data-testid="story-row">
      {cover !== null && <Thumb media={cover} />}
      <span class="sty-row-text">
        <strong>{story.title}</strong>
        <span class="muted">{story.family.name}</span>
        <span class="muted">{t('stories.counts', { photos: props.row.photos, clips: props.row.clips })}</span>
        <span class={`sty-consent-tag ${consented ? 'sty-consent-yes' : 'sty-consent-no'}`}>
          <span aria-hidden="true">{consented ? '✓ ' : '! '}</span>
          {t(consented ? 'stories.consentYes' : 'stories.consentNo')}
        </span>
      </span>
    </a>
  );
}

function Thumb(props: { media: Media }) {
  const url = useObjectUrl(props.media.blob, `${props.media.id}@${props.media.updatedAt}`);
  return url === null ? null : <img class="sty-thumb" src={url} alt="" loading="lazy" />;
}
