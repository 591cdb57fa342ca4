// TensorBoard's Reload does not reach iframe plugins directly: the host answers the guest's
// "experimental.bootstrap" with a MessageChannel and posts "experimental.DataReloaded" on it.
// We also poll every 30 s (auto-reload off, or an older host).
export function watchReload(onReload: () => void, pollMs = 30000): () => void {
  let port: MessagePort | null = null;
  try {
    if (window.parent && window.parent !== window) {
      const channel = new MessageChannel();
      port = channel.port1;
      port.onmessage = (ev: MessageEvent) => {
        let msg: { type?: string; id?: number; isReply?: boolean } | null = null;
        try { msg = JSON.parse(String(ev.data)); } catch { return; }
        if (!msg || msg.isReply) return;
        if (msg.type === 'experimental.DataReloaded') onReload();
        port!.postMessage(JSON.stringify({ type: msg.type, id: msg.id, payload: null, error: null, isReply: true }));
      };
      port.start();
      window.parent.postMessage('experimental.bootstrap', '*', [channel.port2]);
    }
  } catch {
    port = null;
  }
  const timer = window.setInterval(() => { if (!document.hidden) onReload(); }, pollMs);
  return () => { window.clearInterval(timer); port?.close(); };
}
