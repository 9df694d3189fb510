import { useT } from '../../app-context';
import { Button } from '../../ui/kit';

/** The big "Cetak" button above a printable; it and its hint never reach the paper. */
export function PrintBar() {
  const t = useT();
  return (
    <div class="fu-print-bar no-print">
      <Button tone="primary" class="fu-print-button" onClick={() => window.print()}>
        {t('followup.print')}
      </Button>
      <p class="muted">{t('followup.printHint')}</p>
    </div>
  );
}
