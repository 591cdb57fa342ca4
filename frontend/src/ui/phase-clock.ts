// Whole seconds a run has spent starting (graph, affinities or fuzzy graph, initial layout),
// ticking once a second: the status line moves even while one step of the start takes seconds
// (a search round at a million rows), so a slow start never looks frozen.

export class PhaseClock {
  private since = 0;
  private timer = 0;

  constructor(private readonly onTick: () => void) {}

  /** Call on every update with whether the run is starting; returns the seconds spent in it so far. */
  seconds(starting: boolean): number {
    if (starting && !this.since) {
      this.since = performance.now();
      this.timer = self.setInterval(this.onTick, 1000);
    } else if (!starting && this.since) {
      this.since = 0;
      self.clearInterval(this.timer);
    }
    return starting ? Math.floor((performance.now() - this.since) / 1000) : 0;
  }
}
