// The benchmarks' timeline (bench_million.py reads it): performance measures named embproj:<name>, from
// `start` (performance.now()) to now. Here because every folder may import compute/ (it imports none of
// them). Never throws: a browser without User Timing Level 3 (measure options) just records nothing.
export function measureSince(name: string, start: number, detail?: unknown): void {
  try {
    performance.measure(`embproj:${name}`, { start, detail });
  } catch {
    // no timeline: nothing the page needs is lost
  }
}
