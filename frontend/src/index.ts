// Entry point: TensorBoard imports this ES module in the plugin iframe and calls render() once.
import { startApp } from './app';

let started = false;

export function render(): void {
  if (started) return;
  started = true;
  startApp(document.body);
}
