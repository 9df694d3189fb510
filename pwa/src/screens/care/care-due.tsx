/** Placeholder: due and overdue case actions, shown on home. */
export function CareDue() {
  return null;
}
