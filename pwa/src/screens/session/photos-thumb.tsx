/**
 * Showing stored photos: an object URL per blob, revoked when the picture leaves the screen (a
 * leaked URL keeps the image's memory alive for the life of the page), and file sizes in KB/MB.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../../../shared/i18n/translate';
import type { Photo } from '../../../../shared/model/types';
import { useT } from '../../app-context';
import { formatNumber } from '../../ui/format';

/**
 * An object URL for `blob`, made again only when `version` changes: a live query hands over a new
 * Blob object on every read, and re-making URLs each time would make every thumbnail flicker.
 */
export function useObjectUrl(blob: Blob, version: string): string | null {
  const [url, setUrl] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the blob's identity changes on every read; `version` says when its bytes did
  useEffect(() => {
    const made = URL.createObjectURL(blob);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [version]);
  return url;
}

export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lang)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), lang, 1)} MB`;
}

export function PhotoThumb(props: { photo: Photo; onOpen: () => void }) {
  const t = useT();
  const { photo } = props;
  const url = useObjectUrl(photo.blob, `${photo.id}@${photo.updatedAt}`);
  const caption = photo.caption === '' ? t('run.photos.noCaption') : photo.caption;
  return (
    <li class="photo-item" data-testid="photo-item">
      <button type="button" class="photo-thumb" onClick={props.onOpen} aria-label={t('run.photos.open', { caption })}>
        {url !== null && <img src={url} alt="" loading="lazy" decoding="async" />}
      </button>
      <span class="photo-caption">{caption}</span>
      <span class={`photo-consent-tag ${photo.consent ? 'consent-yes' : 'consent-no'}`}>
        <span aria-hidden="true">{photo.consent ? '✓' : '!'}</span>{' '}
        {t(photo.consent ? 'run.photos.consentYes' : 'run.photos.consentNo')}
      </span>
    </li>
  );
}
