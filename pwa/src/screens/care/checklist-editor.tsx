/**
 * The supervisor's observation checklist, edited on the device: add, rename, remove and reorder
 * items, or go back to the built-in list. Each change is stored at once (one setting) and said to
 * be saved only after the write resolved. Past observations keep the labels they were scored with.
 */
import { useState } from 'preact/hooks';
import { newId } from '../../../../shared/model/ids';
import {
  addItem,
  defaultObservationItems,
  type ItemEdit,
  moveItem,
  type ObservationItem,
  observationItemHint,
  observationItemLabel,
  removeItem,
  renameItem,
} from '../../../../shared/supervision/observation-items';
import { useApp, useT } from '../../app-context';
import { readObservationItems, writeObservationItems } from '../../data/observations';
import { Button, Field, Loading } from '../../ui/kit';
import { useLiveQuery } from '../../use-live-query';
import { CareConfirm } from './care-confirm';

export function ChecklistEditor() {
  const app = useApp();
  const t = useT();
  const items = useLiveQuery(() => readObservationItems(app.db), []);
  const [draft, setDraft] = useState('');
  const [addError, setAddError] = useState<string | undefined>(undefined);
  const [editing, setEditing] = useState<{ id: string; text: string; error?: string } | null>(null);
  const [resetting, setResetting] = useState(false);
  if (items === undefined) return <Loading />;

  async function store(next: readonly ObservationItem[], message: string): Promise<boolean> {
    const done = await app.guard(writeObservationItems(app.db, next).then(() => true));
    if (done === true) app.notify(message);
    return done === true;
  }
  const errorText = (edit: ItemEdit) => (edit.ok ? undefined : t(`care.items.error.${edit.error}`));

  async function add(event: Event) {
    event.preventDefault();
    if (items === undefined) return;
    const edit = addItem(items, draft, newId(), app.lang);
    setAddError(errorText(edit));
    if (edit.ok && (await store(edit.items, t('care.items.added', { text: draft.trim() })))) setDraft('');
  }

  async function rename(event: Event) {
    event.preventDefault();
    if (items === undefined || editing === null) return;
    const edit = renameItem(items, editing.id, editing.text, app.lang);
    const error = errorText(edit);
    if (!edit.ok) {
      setEditing({ ...editing, ...(error === undefined ? {} : { error }) });
      return;
    }
    if (await store(edit.items, t('care.items.saved'))) setEditing(null);
  }

  async function remove(item: ObservationItem) {
    if (items === undefined) return;
    const edit = removeItem(items, item.id);
    if (!edit.ok) {
      app.notify(t(`care.items.error.${edit.error}`), 'error');
      return;
    }
    await store(edit.items, t('care.items.removed', { text: observationItemLabel(item, app.lang) }));
  }

  return (
    <>
      <p class="muted">{t('care.items.intro')}</p>
      <ol class="care-items" data-testid="checklist-items">
        {items.map((item, index) => {
          const label = observationItemLabel(item, app.lang);
          const hint = observationItemHint(item, app.lang);
          return (
            <li key={item.id} class="card care-item-row">
              {editing?.id === item.id ? (
                <form class="form" onSubmit={(e) => void rename(e)}>
                  <Field label={t('care.items.rename', { number: index + 1 })} error={editing.error}>
                    <input
                      value={editing.text}
                      maxLength={200}
                      onInput={(e) => setEditing({ id: item.id, text: e.currentTarget.value })}
                    />
                  </Field>
                  <div class="row">
                    <Button tone="primary" type="submit">
                      {t('care.save')}
                    </Button>
                    <Button onClick={() => setEditing(null)}>{t('care.cancel')}</Button>
                  </div>
                </form>
              ) : (
                <>
                  <span class="care-item-label">
                    <strong>{label}</strong>
                    {hint !== null && <span class="muted">{hint}</span>}
                  </span>
                  <span class="care-item-actions">
                    <Button
                      aria-label={t('care.items.up', { text: label })}
                      disabled={index === 0}
                      onClick={() => void store(moveItem(items, item.id, -1), t('care.items.saved'))}
                    >
                      ↑
                    </Button>
                    <Button
                      aria-label={t('care.items.down', { text: label })}
                      disabled={index === items.length - 1}
                      onClick={() => void store(moveItem(items, item.id, 1), t('care.items.saved'))}
                    >
                      ↓
                    </Button>
                    <Button
                      aria-label={t('care.items.renameLabel', { text: label })}
                      onClick={() => setEditing({ id: item.id, text: label })}
                    >
                      {t('care.edit')}
                    </Button>
                    <Button
                      tone="danger"
                      aria-label={t('care.items.removeLabel', { text: label })}
                      disabled={items.length <= 1}
                      onClick={() => void remove(item)}
                    >
                      {t('care.remove')}
                    </Button>
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ol>
      <form class="card form" onSubmit={(e) => void add(e)}>
        <Field label={t('care.items.new')} hint={t('care.items.newHint')} error={addError}>
          <input name="newItem" value={draft} maxLength={200} onInput={(e) => setDraft(e.currentTarget.value)} />
        </Field>
        <Button tone="primary" type="submit">
          {t('care.items.add')}
        </Button>
      </form>
      {resetting ? (
        <CareConfirm
          question={t('care.items.resetConfirm')}
          yes={t('care.items.reset')}
          no={t('care.cancel')}
          tone="danger"
          onYes={() => void store(defaultObservationItems(), t('care.items.saved')).then(() => setResetting(false))}
          onNo={() => setResetting(false)}
        />
      ) : (
        <Button onClick={() => setResetting(true)}>{t('care.items.reset')}</Button>
      )}
    </>
  );
}
