/**
 * The route table. A screen is one line here and one file in screens/. Screens other than home
 * load lazily so the first screen stays small on a cheap tablet.
 */
import type { ComponentChildren } from 'preact';
import { Home } from './screens/home';
import { Lazy } from './ui/lazy-screen';

type Params = Readonly<Record<string, string>>;

interface RouteEntry {
  match(parts: readonly string[]): Params | null;
  render(params: Params, query: URLSearchParams): ComponentChildren;
}

/** `pattern('groups', ':id')` matches `#/groups/abc` with `{ id: 'abc' }`. */
function pattern(...segments: readonly string[]): RouteEntry['match'] {
  return (parts) => {
    if (parts.length !== segments.length) return null;
    const params: Record<string, string> = {};
    for (const [i, segment] of segments.entries()) {
      const part = parts[i] ?? '';
      if (segment.startsWith(':')) params[segment.slice(1)] = part;
      else if (segment !== part) return null;
    }
    return params;
  };
}

const status = () => import('./screens/status').then((m) => m.Status);
const groups = () => import('./screens/groups').then((m) => m.Groups);

export const routes: readonly RouteEntry[] = [
  { match: pattern(), render: () => <Home /> },
  { match: pattern('status'), render: () => <Lazy load={status} /> },
  { match: pattern('groups'), render: () => <Lazy load={groups} /> },
];
