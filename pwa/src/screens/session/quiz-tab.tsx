import { Empty } from '../../ui/kit';
import type { RunContext } from './run-context';

/** Placeholder until this tab lands. */
export function QuizTab(_props: { run: RunContext }) {
  return <Empty>…</Empty>;
}
