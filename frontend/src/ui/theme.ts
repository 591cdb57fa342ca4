// Follow TensorBoard's dark mode: the parent page (same origin) toggles body.dark-mode.
export function watchDarkMode(onChange: (dark: boolean) => void): void {
  let body: HTMLElement | null = null;
  try {
    body = window.parent && window.parent !== window ? window.parent.document.body : null;
  } catch {
    body = null;
  }
  const media = window.matchMedia?.('(prefers-color-scheme: dark)');
  const read = () => (body ? body.classList.contains('dark-mode') : !!media?.matches);
  let last = read();
  onChange(last);
  const check = () => {
    const now = read();
    if (now !== last) { last = now; onChange(now); }
  };
  if (body) new MutationObserver(check).observe(body, { attributes: true, attributeFilter: ['class'] });
  else media?.addEventListener?.('change', check);
}
