/**
 * The buttons that take a story off the device: see the card, download the image, download the
 * page, share. Without the family's consent they are all disabled, and the reason sits right
 * under them (tied to each button with aria-describedby), so nobody wonders why.
 */
import { useId, useState } from 'preact/hooks';
import { describeError } from '../../../../shared/i18n/translate';
import type { Media, Story } from '../../../../shared/model/supervision';
import { canPublish, PUBLISH_BLOCK_KEYS } from '../../../../shared/supervision/story-rules';
import { useApp, useT } from '../../app-context';
import { downloadFile, shareOrDownload } from '../../platform/file-save';
import { href } from '../../router';
import { Button, LinkButton } from '../../ui/kit';
import { storyImageFile, storyPageFile } from './story-export';

type Job = 'image' | 'page' | 'share';

export function PublishActions(props: { story: Story; media: readonly Media[]; showCardLink: boolean }) {
  const app = useApp();
  const t = useT();
  const id = useId();
  const [busy, setBusy] = useState<Job | null>(null);
  const check = canPublish(props.story);
  const blocked = !check.ok;
  const described = blocked ? `${id}-why` : undefined;

  async function run(job: Job) {
    setBusy(job);
    try {
      if (job === 'page') {
        downloadFile(await storyPageFile(props.story, props.media, app.lang));
        app.notify(t('stories.publish.downloaded'));
      } else {
        const file = await storyImageFile(props.story, props.media, app.lang);
        if (job === 'image') {
          downloadFile(file);
          app.notify(t('stories.publish.downloaded'));
        } else {
          const outcome = await shareOrDownload(file, props.story.title);
          if (outcome === 'downloaded') app.notify(t('stories.publish.downloaded'));
        }
      }
    } catch (error) {
      app.notify(describeError(app.lang, error), 'error');
    } finally {
      setBusy(null);
    }
  }

  return (
    <div class="sty-publish" data-testid="story-publish">
      <div class="row">
        {props.showCardLink &&
          (blocked ? (
            <Button disabled aria-describedby={described}>
              {t('stories.publish.card')}
            </Button>
          ) : (
            <LinkButton href={href('stories', props.story.id, 'card')}>{t('stories.publish.card')}</LinkButton>
          ))}
        <Button
          tone="primary"
          disabled={blocked || busy !== null}
          aria-describedby={described}
          onClick={() => void run('image')}
        >
          {t('stories.publish.image')}
        </Button>
        <Button disabled={blocked || busy !== null} aria-describedby={described} onClick={() => void run('page')}>
          {t('stories.publish.page')}
        </Button>
        <Button disabled={blocked || busy !== null} aria-describedby={described} onClick={() => void run('share')}>
          {t('stories.publish.share')}
        </Button>
      </div>
      {busy !== null && (
        <p class="muted" role="status" aria-busy="true">
          {t('stories.publish.making')}
        </p>
      )}
      {!check.ok && (
        <p class="sty-why" id={`${id}-why`} data-testid="publish-blocked">
          {t(PUBLISH_BLOCK_KEYS[check.reason])} {t('stories.publish.howTo')}
        </p>
      )}
    </div>
  );
}
