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
    (services) => mount(<App services={services} />),
    (error: unknown) => mount(<BootFailure error={error} />),
  );
}
