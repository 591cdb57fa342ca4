// Entry point: TensorBoard imports this ES module in the plugin iframe and calls render() once.
import { startApp } from './app';

let started = false;

export function render(): void {
  if (started) return;
  started = true;
  try {
    startApp(document.body);
  } catch (err) {
    // Never a blank page: e.g. no WebGL2 in this browser.
    console.warn('embproj:', err);
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.style.cssText = 'margin:24px;padding:12px;border-radius:4px;background:#fdecea;color:#a50e0e;font:14px system-ui,sans-serif';
    const webgl = /webgl/i.test(String(err));
    box.textContent = webgl
      ? 'The Embeddings tab needs WebGL2, which this browser does not provide: ' + String(err)
      : 'The Embeddings tab failed to start: ' + String(err);
    document.body.appendChild(box);
  }
}
