// All styling through CSS variables; .ep-dark switches the palette.
export const CSS = `
:root, .ep-root {
  --ep-bg: #ffffff; --ep-panel: #f6f7f9; --ep-fg: #202124; --ep-muted: #5f6368; --ep-border: #dadce0;
  --ep-accent: #f57c00; --ep-plot: #ffffff; --ep-error-bg: #fdecea; --ep-error-fg: #a50e0e;
  --ep-warn-bg: #fff4e5; --ep-warn-fg: #7a4100; --ep-input: #ffffff; --ep-shadow: rgba(0,0,0,.18);
}
.ep-root.ep-dark {
  --ep-bg: #202124; --ep-panel: #2a2b2e; --ep-fg: #e8eaed; --ep-muted: #9aa0a6; --ep-border: #3c4043;
  --ep-accent: #ef6c00; --ep-plot: #1b1c1e; --ep-error-bg: #3b1a1a; --ep-error-fg: #f6aea9;
  --ep-warn-bg: #3a2b12; --ep-warn-fg: #fdd79b; --ep-input: #303134; --ep-shadow: rgba(0,0,0,.5);
}
html, body { margin: 0; height: 100%; overflow: hidden; }
.ep-root { position: absolute; inset: 0; display: flex; background: var(--ep-bg); color: var(--ep-fg);
  font: 13px/1.4 Roboto, system-ui, -apple-system, 'Segoe UI', sans-serif; }
.ep-side { width: 300px; flex: none; overflow-y: auto; background: var(--ep-panel);
  border-right: 1px solid var(--ep-border); padding: 10px 12px; box-sizing: border-box; }
.ep-side h2 { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: var(--ep-muted);
  margin: 14px 0 6px; font-weight: 600; }
.ep-side h2:first-child { margin-top: 2px; }
.ep-row { display: flex; align-items: center; gap: 6px; margin: 4px 0; }
.ep-row > label { min-width: 64px; color: var(--ep-muted); }
.ep-row select, .ep-row input[type=range] { flex: 1; min-width: 0; }
select, button { background: var(--ep-input); color: var(--ep-fg); border: 1px solid var(--ep-border);
  border-radius: 4px; padding: 3px 6px; font: inherit; }
button { cursor: pointer; }
button:hover { border-color: var(--ep-accent); }
button.ep-on { background: var(--ep-accent); color: #fff; border-color: var(--ep-accent); }
.ep-seg { display: inline-flex; }
.ep-seg button { border-radius: 0; }
.ep-seg button:first-child { border-radius: 4px 0 0 4px; }
.ep-seg button:last-child { border-radius: 0 4px 4px 0; }
.ep-search { flex: 1; min-width: 0; background: var(--ep-input); color: var(--ep-fg);
  border: 1px solid var(--ep-border); border-radius: 4px; padding: 4px 6px; font: inherit; }
.ep-results { list-style: none; margin: 4px 0 0; padding: 0; font-size: 12px; }
.ep-results li { padding: 1px 4px; cursor: pointer; border-radius: 3px; overflow: hidden; text-overflow: ellipsis;
  white-space: nowrap; }
.ep-results li:hover { background: var(--ep-border); }
.ep-meta { color: var(--ep-muted); font-size: 12px; }
.ep-progress { margin: 6px 0; }
.ep-progress .ep-bar { height: 6px; background: var(--ep-border); border-radius: 3px; overflow: hidden; }
.ep-progress .ep-fill { height: 100%; background: var(--ep-accent); width: 0; transition: width .1s; }
.ep-progress .ep-fill.ep-indet { width: 30% !important; animation: ep-slide 1s linear infinite; }
@keyframes ep-slide { from { margin-left: -30%; } to { margin-left: 100%; } }
.ep-notice { border-radius: 4px; padding: 6px 8px; margin: 6px 0; font-size: 12px; word-break: break-word; }
.ep-notice.ep-error { background: var(--ep-error-bg); color: var(--ep-error-fg); }
.ep-notice.ep-warning, .ep-notice.ep-info { background: var(--ep-warn-bg); color: var(--ep-warn-fg); }
.ep-notice .ep-file { font-family: ui-monospace, monospace; font-size: 11px; }
.ep-notice .ep-hint { opacity: .85; margin-top: 2px; }
.ep-var { width: 100%; border-collapse: collapse; font-size: 12px; }
.ep-var td { padding: 1px 4px; }
.ep-var td.ep-num { text-align: right; font-variant-numeric: tabular-nums; }
.ep-var .ep-vbar { height: 6px; background: var(--ep-accent); border-radius: 2px; }
.ep-var tr.ep-used td:first-child { font-weight: 600; color: var(--ep-accent); }
.ep-legend { list-style: none; padding: 0; margin: 0; font-size: 12px; max-height: 260px; overflow-y: auto; }
.ep-legend li { display: flex; align-items: center; gap: 6px; padding: 1px 0; }
.ep-legend li[data-label] { cursor: pointer; border-radius: 3px; padding: 1px 3px; }
.ep-legend li[data-label]:hover { background: var(--ep-border); }
.ep-legend li.ep-focus { font-weight: 600; }
.ep-legend li.ep-faded { opacity: .45; }
.ep-legend .ep-sw { width: 11px; height: 11px; border-radius: 50%; flex: none; }
.ep-legend .ep-lab { flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.ep-legend .ep-cnt { color: var(--ep-muted); font-variant-numeric: tabular-nums; }
.ep-gradient { height: 10px; border-radius: 3px; }
.ep-gradient-labels { display: flex; justify-content: space-between; font-size: 11px; color: var(--ep-muted); }
.ep-main { position: relative; flex: 1; min-width: 0; background: var(--ep-plot); }
.ep-plot { position: absolute; inset: 0; }
.ep-canvas { display: block; width: 100%; height: 100%; touch-action: none; cursor: grab; }
.ep-canvas:active { cursor: grabbing; }
.ep-labels { position: absolute; left: 0; top: 0; pointer-events: none; }
.ep-toolbar { position: absolute; top: 8px; left: 8px; display: flex; gap: 6px; z-index: 2; }
.ep-status { position: absolute; bottom: 6px; left: 8px; font-size: 11px; color: var(--ep-muted); z-index: 2;
  pointer-events: none; }
.ep-empty { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center;
  color: var(--ep-muted); font-size: 14px; pointer-events: none; padding: 24px; text-align: center; }
.ep-tooltip { position: absolute; z-index: 5; pointer-events: none; background: var(--ep-panel);
  color: var(--ep-fg); border: 1px solid var(--ep-border); border-radius: 4px; padding: 4px 6px;
  box-shadow: 0 2px 6px var(--ep-shadow); font-size: 12px; max-width: 260px; display: none; }
.ep-tooltip canvas { display: block; margin-top: 4px; image-rendering: pixelated; border: 1px solid var(--ep-border); }
.ep-inspector { position: absolute; top: 8px; right: 8px; width: 260px; max-height: calc(100% - 16px);
  overflow: auto; background: var(--ep-panel); border: 1px solid var(--ep-border); border-radius: 6px;
  box-shadow: 0 2px 8px var(--ep-shadow); padding: 8px 10px; z-index: 3; display: none; box-sizing: border-box; }
.ep-inspector h3 { margin: 0 0 6px; font-size: 13px; display: flex; justify-content: space-between; }
.ep-inspector table { width: 100%; border-collapse: collapse; font-size: 12px; }
.ep-inspector th { text-align: left; color: var(--ep-muted); font-weight: normal; padding: 1px 6px 1px 0;
  vertical-align: top; white-space: nowrap; }
.ep-inspector td { word-break: break-word; }
.ep-inspector td.ep-missing { color: var(--ep-muted); font-style: italic; }
.ep-inspector h4 { margin: 10px 0 4px; font-size: 11px; font-weight: 600; color: var(--ep-muted);
  text-transform: uppercase; letter-spacing: .04em; }
.ep-nb { margin: 0; padding-left: 20px; font-size: 12px; }
.ep-nb li { cursor: pointer; padding: 1px 2px; border-radius: 3px; }
.ep-nb li:hover { background: var(--ep-border); }
.ep-nb li > span { display: inline-block; }
.ep-nb .ep-lab { width: 150px; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; vertical-align: bottom; }
.ep-nb .ep-cnt { color: var(--ep-muted); font-variant-numeric: tabular-nums; float: right; }
.ep-inspector canvas { image-rendering: pixelated; border: 1px solid var(--ep-border); margin-bottom: 6px; }
`;
