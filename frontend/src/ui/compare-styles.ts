// Styles of the compare view: two plots side by side, their captions, the mean-overlap figure.
export const COMPARE_CSS = `
.ep-compare-split > .ep-plot:not(.ep-plot-b) { right: 50%; }
.ep-plot-b { left: 50%; border-left: 1px solid var(--ep-border, #ccc); }
.ep-compare-caption { position: absolute; top: 40px; left: 8px; font-size: 11px; color: var(--ep-muted); z-index: 2;
  pointer-events: none; background: var(--ep-plot); padding: 1px 4px; border-radius: 3px; }
.ep-compare-overlap { font-weight: 600; margin: 4px 0; }
.ep-error-text { color: var(--ep-error-fg); }
`;
