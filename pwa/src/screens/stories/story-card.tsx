/**
 * `#/stories/:storyId/card`: the story as a square card ready for social media — photo, title,
 * a short quote, the programme mark and the date — with the buttons to download it as an image
 * or a page, or share it. A story without the family's consent is not shown at all: the route
 * says why instead, whoever typed the address.
 */
import type { Media, Story } from '../../../../shared/model/supervision';
import { canPublish, PUBLISH_BLOCK_KEYS } from '../../../../shared/supervision/story-rules';
import { useApp, useT } from '../../app-context';
import { findStory, listStoryMedia } from '../../data/stories';
import { href } from '../../router';
import { Banner, Empty, LinkButton, Loading, Screen } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';
import { useObjectUrl } from '../session/photos-thumb';
import { PublishActions } from './publish-actions';
import { cardTextOf, coverPhoto } from './story-export';
import './stories.css';

export function StoryCard(props: { storyId?: string }) {
  const app = useApp();
  const t = useT();
  const storyId = props.storyId ?? '';
  const data = useCardData(storyId, app);
  if (data === undefined) return <Loading />;
  if (data === null) {
    return (
      <Screen title={t('stories.card.title')} back={href('stories')}>
        <Empty>{t('stories.notFound')}</Empty>
      </Screen>
    );
  }
  const { story, media } = data;
  const check = canPublish(story);
  return (
    <Screen title={t('stories.card.title')} back={href('stories', story.id)}>
      {check.ok ? (
        <>
          <CardView story={story} media={media} />
          <PublishActions story={story} media={media} showCardLink={false} />
        </>
      ) : (
        <div class="sty-refused" data-testid="card-refused">
          <Banner tone="error">
            <p>
              <strong>{t('stories.card.refused')}</strong>
            </p>
            <p>{t(PUBLISH_BLOCK_KEYS[check.reason])}</p>
          </Banner>
          <LinkButton href={href('stories', story.id)} tone="primary">
            {t('stories.card.recordConsent')}
          </LinkButton>
        </div>
      )}
    </Screen>
  );
}

function useCardData(storyId: string, app: ReturnType<typeof useApp>) {
  return useLiveQuery(async () => {
    const story = await findStory(app.db, storyId);
    if (story === undefined) return null;
    return { story, media: await listStoryMedia(app.db, storyId) };
  }, [storyId]);
}

function CardView(props: { story: Story; media: readonly Media[] }) {
  const app = useApp();
  const text = cardTextOf(props.story, app.lang);
  const photo = coverPhoto(props.story, props.media);
  return (
    <figure class="sty-card" data-testid="story-card" aria-label={text.title}>
      {photo === null ? (
        <div class="sty-card-photo sty-card-nophoto" aria-hidden="true">
          “
        </div>
      ) : (
        <CardPhoto photo={photo} />
      )}
      <figcaption class="sty-card-body">
        <h2 class="sty-card-title">{text.title}</h2>
        {text.quote !== '' && <blockquote class="sty-card-quote">“{text.quote}”</blockquote>}
      </figcaption>
      <footer class="sty-card-band">
        <span>{text.mark}</span>
        <span>{text.dateText}</span>
      </footer>
    </figure>
  );
}

function CardPhoto(props: { photo: Media }) {
  const url = useObjectUrl(props.photo.blob, `${props.photo.id}@${props.photo.updatedAt}`);
  return <div class="sty-card-photo">{url !== null && <img src={url} alt="" />}</div>;
}
