/** A labelled progress bar for long exports and imports; the label says "n of total" in words. */
export function ProgressBar(props: { label: string; done: number; total: number }) {
  const total = Math.max(props.total, 1);
  return (
    <div class="data-progress" data-testid="data-progress">
      <progress max={total} value={Math.min(props.done, total)} aria-label={props.label} />
      <p class="muted" aria-live="polite">
        {props.label}
      </p>
    </div>
  );
}
