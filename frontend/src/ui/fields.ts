// Small labelled inputs for the analysis panels.
import { h } from './dom';

export function numberField(label: string, testid: string, value: number, opts: { min?: number; max?: number; step?: number },
  onChange: (v: number) => void): { row: HTMLElement; input: HTMLInputElement } {
  const input = h('input', { type: 'number', 'data-testid': testid, 'aria-label': label, value: String(value),
    min: opts.min, max: opts.max, step: opts.step ?? 'any', className: 'ep-num-in' });
  input.addEventListener('change', () => {
    let v = Number(input.value);
    if (!Number.isFinite(v)) { input.value = String(value); return; }
    if (opts.min !== undefined) v = Math.max(opts.min, v);
    if (opts.max !== undefined) v = Math.min(opts.max, v);
    input.value = String(v);
    value = v;
    onChange(v);
  });
  return { row: h('div', { className: 'ep-row' }, h('label', {}, label), input), input };
}

export function button(label: string, testid: string, onClick: () => void, title?: string): HTMLButtonElement {
  const b = h('button', { 'data-testid': testid, title });
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}
