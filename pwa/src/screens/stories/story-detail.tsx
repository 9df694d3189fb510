/**
 * One success story: `#/stories/new?member=<id>` writes a new one (the family filled in when
 * known) and then opens it; `#/stories/:storyId` shows its words, its photos, its testimony clips,
 * the family's consent, and the ways to publish it — which stay locked until consent is recorded.
 */
import { useState } from 'preact/hooks';
import type { FamilyRef, Media, Story } from '../../../../shared/model/supervision';
import { useApp, useT } from '../../app-context';
import { familyRefOf } from '../../data/complaints';
import { deleteStory, findStory, listStoryMedia, storyMediaOnly } from '../../data/stories';
import { href, navigate } from '../../router';
import { Button, Empty, Loading, Screen } from '../../ui/kit';
import { NavBar } from '../../ui/nav-bar';
import { useLiveQuery } from '../../use-live-query';
import { PublishActions } from './publish-actions';
import { StoryConsent } from './story-consent';
import { StoryForm } from './story-form';
import { StoryClips, StoryPhotos } from './story-media';
import '../complaints/complaints.css';
import './stories.css';

export function StoryDetail(props: { storyId?: string; member?: string }) {
  return props.storyId === undefined ? <NewStory memberId={props.member} /> : <ShowStory id={props.storyId} />;
}

function NewStory(props: { memberId: string | undefined }) {
  const app = useApp();
  const t = useT();
  const family = useLiveQuery(async (): Promise<FamilyRef | null> => {
    if (props.memberId === undefined) return null;
    const member = await app.db.members.get(props.memberId);
    return member === undefined || member.deletedAt !== null ? null : familyRefOf(member);
  }, [props.memberId]);
  return (
    <Screen title={t('stories.new')} back={href('stories')}>
      {family === undefined ? (
        <Loading />
      ) : (
        <>
          <p class="muted">{t('stories.newHint')}</p>
          <StoryForm story={null} family={family} onSaved={(story) => navigate(href('stories', story.id))} />
        </>
      )}
      <NavBar current="care" />
    </Screen>
  );
}

function ShowStory(props: { id: string }) {
  const app = useApp();
  const t = useT();
  const data = useLiveQuery(async () => {
    const story = await findStory(app.db, props.id);
    if (story === undefined) return null;
    return { story, media: await listStoryMedia(app.db, props.id) };
  }, [props.id]);
  if (data === undefined) return <Loading />;
  return (
    <Screen title={data === null ? t('stories.title') : data.story.title} back={href('stories')}>
      {data === null ? <Empty>{t('stories.notFound')}</Empty> : <StoryView story={data.story} media={data.media} />}
      <NavBar current="care" />
    </Screen>
  );
}

function StoryView(props: { story: Story; media: readonly Media[] }) {
  const app = useApp();
  const t = useT();
  const { story } = props;
  const [editing, setEditing] = useState(false);
  const [asking, setAsking] = useState(false);
  const own = storyMediaOnly(story, props.media);
  const photos = own.filter((item) => item.kind === 'photo');
  const clips = own.filter((item) => item.kind !== 'photo');
  const proof = props.media.find((item) => item.id === story.consent.mediaId) ?? null;
  const ids = [story.family.nik && `NIK ${story.family.nik}`, story.family.address].filter(Boolean);

  async function remove() {
    if (!asking) {
      setAsking(true);
      return;
    }
    const done = await app.guard(deleteStory(app.write, story.id).then(() => true));
    setAsking(false);
    if (done === true) {
      app.notify(t('stories.deleted'));
      navigate(href('stories'));
    }
  }

  return (
    <>
      <section class="card sty-section" aria-labelledby="sty-words">
        {editing ? (
          <>
            <h2 id="sty-words">{t('stories.edit')}</h2>
            <StoryForm
              story={story}
              family={null}
              onSaved={() => setEditing(false)}
              onCancel={() => setEditing(false)}
            />
          </>
        ) : (
          <>
            <h2 id="sty-words" class="sty-family">
              {story.family.name}
            </h2>
            {ids.length > 0 && <p class="muted">{ids.join(' · ')}</p>}
            <p class="sty-text" data-testid="story-text">
              {story.text === '' ? t('stories.noText') : story.text}
            </p>
            <Button onClick={() => setEditing(true)}>{t('stories.edit')}</Button>
          </>
        )}
      </section>
      <StoryPhotos story={story} photos={photos} />
      <StoryClips story={story} clips={clips} />
      <StoryConsent key={`${story.id}@${story.consent.given}`} story={story} proof={proof} />
      <section class="card sty-section" aria-labelledby="sty-publish">
        <h2 id="sty-publish">{t('stories.publish.title')}</h2>
        <PublishActions story={story} media={props.media} showCardLink={true} />
      </section>
      <Button tone="danger" onClick={() => void remove()} onBlur={() => setAsking(false)}>
        {asking ? t('stories.deleteConfirm') : t('stories.delete')}
      </Button>
    </>
  );
}
