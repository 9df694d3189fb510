import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Loading } from './kit';

/** Route params and query values, all strings; a screen declares the ones it reads as optional props. */
export type ScreenProps = Readonly<Record<string, string | undefined>>;
export type ScreenLoader = () => Promise<ComponentType<ScreenProps>>;

/** A screen's loader; its component declares the route params and query values it reads as optional string props. */
export function screen<P extends ScreenProps>(load: () => Promise<ComponentType<P>>): ScreenLoader {
  return load as unknown as ScreenLoader;
}

const loaded = new WeakMap<ScreenLoader, ComponentType<ScreenProps>>();

/**
 * A screen whose code loads on first use (and comes from the service worker's cache offline).
 * The component is looked up by its loader on every render: the same `<Lazy>` instance is reused
 * when the route moves from one lazy screen to another.
 */
export function Lazy(props: { load: ScreenLoader; params?: ScreenProps; fallback?: ComponentChildren }) {
  const { load } = props;
  const [, rerender] = useState(0);
  const [failed, setFailed] = useState<unknown>(null);
  const Component = loaded.get(load) ?? null;
  useEffect(() => {
    if (Component !== null) return;
    let live = true;
    load().then(
      (component) => {
        loaded.set(load, component);
        if (live) rerender((n) => n + 1);
      },
      (error: unknown) => live && setFailed(error),
    );
    return () => {
      live = false;
    };
  }, [Component, load]);
  if (failed !== null) throw failed;
  if (Component === null) return props.fallback === undefined ? <Loading /> : props.fallback;
  return <Component {...(props.params ?? {})} />;
}
