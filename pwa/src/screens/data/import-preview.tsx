/**
 * What an import will do, in words: who made the file and when, what it holds (the groups by
 * name, so the facilitator recognises it), and per kind of record how many are new, changed or
 * deleted here, and where this device already has something newer. Every name from the file is
 * rendered as text: a file is input from outside.
 */
import { COUNT_KEYS, type ImportPreview, type ParsedBundle, type TableCounts } from '../../../../shared/bundle';
import type { MessageKey } from '../../../../shared/i18n/translate';
import { TABLE_NAMES, type TableName } from '../../../../shared/model/types';
import { useApp, useT } from '../../app-context';
import { localeOf } from '../../ui/format';
import { Banner } from '../../ui/kit';

const SHOWN_GROUPS = 8;
const COUNT_MESSAGE: Readonly<Record<(typeof COUNT_KEYS)[number], MessageKey>> = {
  added: 'bundle.count.added',
  updated: 'bundle.count.updated',
  deleted: 'bundle.count.deleted',
  tombstones: 'bundle.count.tombstones',
  unchanged: 'bundle.count.unchanged',
  conflicts: 'bundle.count.conflicts',
};

const live = <T extends { deletedAt: string | null }>(rows: readonly T[]): T[] =>
  rows.filter((row) => row.deletedAt === null);

function changes(counts: TableCounts): number {
  return counts.added + counts.updated + counts.deleted + counts.tombstones + counts.conflicts;
}

export function ImportPreviewView(props: { preview: ImportPreview; parsed: ParsedBundle }) {
  const app = useApp();
  const t = useT();
  const { preview, parsed } = props;
  const { manifest } = preview;
  const made = new Intl.DateTimeFormat(localeOf(app.lang), { dateStyle: 'long', timeStyle: 'short' }).format(
    new Date(manifest.createdAt),
  );
  const scope =
    manifest.scope.kind === 'all'
      ? t('bundle.scope.all')
      : manifest.scope.kind === 'dateRange'
        ? t('bundle.scope.dateRange', { from: manifest.scope.from, to: manifest.scope.to })
        : t('bundle.scope.groups', { count: manifest.scope.groupIds.length });
  const groups = live(parsed.tables.groups);
  const missing = preview.missingRefs.groups + preview.missingRefs.members + preview.missingRefs.sessions;
  const touched = TABLE_NAMES.filter((table) => changes(preview.tables[table]) > 0);

  return (
    <div class="import-preview" data-testid="import-preview">
      <p class="import-from">
        {t('bundle.from', {
          name: manifest.facilitator.name,
          role: t(`bundle.role.${manifest.facilitator.role}`),
          date: made,
        })}
      </p>
      <p class="muted">
        {scope}
        {preview.encrypted && <span class="tag data-tag-locked">{t('data.import.locked')}</span>}
      </p>
      <h3>{t('data.import.contents')}</h3>
      <p data-testid="import-contents">
        {t('data.import.contentsCount', {
          groups: groups.length,
          members: live(parsed.tables.members).length,
          sessions: live(parsed.tables.sessions).length,
          photos: live(parsed.tables.photos).length,
        })}
      </p>
      {groups.length > 0 && (
        <ul class="import-groups" data-testid="import-groups">
          {groups.slice(0, SHOWN_GROUPS).map((group) => (
            <li key={group.id}>{group.name}</li>
          ))}
          {groups.length > SHOWN_GROUPS && (
            <li>{t('data.import.moreGroups', { count: groups.length - SHOWN_GROUPS })}</li>
          )}
        </ul>
      )}
      {preview.writes === 0 ? (
        <Banner tone="info">
          <strong data-testid="import-nothing">{t('data.import.nothingNew')}</strong>
          <p>{t('bundle.preview.nothing')}</p>
        </Banner>
      ) : (
        <>
          <h3>{t('data.import.willChange')}</h3>
          <ul class="import-changes" data-testid="import-changes">
            {touched.map((table: TableName) => (
              <li key={table}>
                <strong>{t(`bundle.table.${table}`)}</strong>
                <span>
                  {COUNT_KEYS.filter((key) => key !== 'unchanged' && preview.tables[table][key] > 0)
                    .map((key) => t(COUNT_MESSAGE[key], { count: preview.tables[table][key] }))
                    .join(', ')}
                </span>
              </li>
            ))}
          </ul>
          {preview.totals.unchanged > 0 && (
            <p class="muted">{t('data.import.unchanged', { count: preview.totals.unchanged })}</p>
          )}
        </>
      )}
      {preview.totals.deleted > 0 && (
        <Banner tone="warn">{t('data.import.deletes', { count: preview.totals.deleted })}</Banner>
      )}
      {preview.totals.conflicts > 0 && (
        <Banner tone="info">{t('bundle.preview.conflicts', { count: preview.totals.conflicts })}</Banner>
      )}
      {missing > 0 && <Banner tone="info">{t('bundle.preview.missingRefs', { count: missing })}</Banner>}
    </div>
  );
}
