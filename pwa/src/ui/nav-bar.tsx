import { useT } from '../app-context';
import { href } from '../router';

const ITEMS = [
  { key: 'home', path: [] as string[], label: 'pwa.nav.home' },
  { key: 'groups', path: ['groups'], label: 'pwa.nav.groups' },
  { key: 'plan', path: ['plan'], label: 'pwa.nav.plan' },
  { key: 'care', path: ['care'], label: 'pwa.nav.care' },
  { key: 'data', path: ['data'], label: 'pwa.nav.data' },
] as const;

/** The bottom bar: the five places a facilitator goes, reachable with a thumb. */
/** `status` is reached from home's header and highlights nothing here. */
export function NavBar(props: { current: (typeof ITEMS)[number]['key'] | 'status' }) {
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
