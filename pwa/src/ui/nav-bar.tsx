import { useT } from '../app-context';
import { href } from '../router';

const ITEMS = [
  { key: 'home', path: [] as string[], label: 'pwa.nav.home' },
  { key: 'groups', path: ['groups'], label: 'pwa.nav.groups' },
  { key: 'plan', path: ['plan'], label: 'pwa.nav.plan' },
  { key: 'data', path: ['data'], label: 'pwa.nav.data' },
  { key: 'status', path: ['status'], label: 'pwa.nav.status' },
] as const;

/** The bottom bar: the five places a facilitator goes, reachable with a thumb. */
export function NavBar(props: { current: (typeof ITEMS)[number]['key'] }) {
  const t = useT();
  return (
    <nav class="nav-bar" aria-label="Menu">
      {ITEMS.map((item) => (
        <a
          key={item.key}
          href={item.path.length === 0 ? '#/' : href(...item.path)}
          aria-current={props.current === item.key ? 'page' : undefined}
        >
          {t(item.label)}
        </a>
      ))}
    </nav>
  );
}
