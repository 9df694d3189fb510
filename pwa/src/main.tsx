import { type ComponentChild, render } from 'preact';
import { App } from './app';
import { boot } from './boot';
import { BootFailure } from './ui/boot-failure';
import './styles.css';

const root = document.getElementById('app');
if (root) {
  const mount = (node: ComponentChild) => {
    root.textContent = '';
    render(node, root);
  };
  boot().then(
    (services) => {
      mount(<App services={services} />);
      // Answers the Lentera extension when the user has connected it to this app (typed, validated
      // messages). Loaded after the first screen: it is not needed to start.
      import('./platform/extension-bridge').then(
        (bridge) => bridge.startExtensionBridge(services),
        (error: unknown) => console.error('extension bridge', error),
      );
    },
    (error: unknown) => mount(<BootFailure error={error} />),
  );
}
