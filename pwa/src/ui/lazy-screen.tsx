import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from './kit';

type Loader = () => Promise<ComponentType<Record<string, string>>>;

const loaded = new WeakMap<Loader, ComponentType<Record<string, string>>>();

/** A screen whose code loads on first use (and comes from the service worker's cache offline). */
export function Lazy(props: { load: Loader; params?: Record<string, string> }) {
  const { load } = props;
  const [Component, setComponent] = useState(() => loaded.get(load) ?? null);
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => {
    if (Component !== null) return;
    load().then(
      (component) => {
        loaded.set(load, component);
        setComponent(() => component);
      },
      (error: unknown) => setFailed(error),
    );
  }, [Component, load]);
  if (failed !== null) throw failed;
  return Component === null ? <Loading /> : <Component {...(props.params ?? {})} />;
}
