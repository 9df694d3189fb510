import { useT } from '../../app-context';
import { Empty, Screen } from '../../ui/kit';

/** Placeholder until this screen lands. */
export function CaseDetail(_props: { readonly [key: string]: string | undefined }) {
  const t = useT();
  return (
    <Screen title={t('app.name')} back="#/">
      <Empty>…</Empty>
    </Screen>
  );
}
