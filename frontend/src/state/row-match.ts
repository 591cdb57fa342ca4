// Which rows a search query matches: a case-insensitive substring, or /regex/ (flags: c = case-sensitive, s = dotAll).
export function matchRows(values: string[], query: string): Int32Array | null {
  const q = query.trim();
  if (!q) return null;
  let test: (s: string) => boolean;
  const re = /^\/(.+)\/([a-z]*)$/.exec(q);
  if (re) {
    try {
      // Case-insensitive like the substring search, Unicode-aware (\p{L}, astral characters) when
      // the pattern allows it; a trailing /c makes it case-sensitive.
      const flags = (re[2].includes('c') ? '' : 'i') + (re[2].includes('s') ? 's' : '');
      let rx: RegExp;
      try { rx = new RegExp(re[1], flags + 'u'); } catch { rx = new RegExp(re[1], flags); }
      test = (s) => rx.test(s);
    } catch {
      return new Int32Array(0);
    }
  } else {
    const low = q.toLowerCase();
    test = (s) => s.toLowerCase().includes(low);
  }
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if (test(values[i] ?? '')) out.push(i);
  return Int32Array.from(out);
}
