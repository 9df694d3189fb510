import { useT } from '../../app-context';
import { Empty, Screen } from '../../ui/kit';

/** Placeholder until this screen lands. */
export function GroupDetail(_props: Record<string, string>) {
  const t = useT();
  return (
    <Screen title={t('app.name')} back="#/">
      <Empty>…</Empty>
    </Screen>
  );
}
