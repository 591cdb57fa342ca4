// Runs the latest of many jobs, at most one at a time and starts at least `interval` ms apart: while
// a t-SNE run places a layout every frame, the density pass follows it a few times a second on the
// newest layout instead of queueing (or cancelling) one pass per frame. A job submitted while another
// waits replaces it; the first job after a quiet spell starts at once.

export interface ThrottleClock {
  now(): number;
  setTimeout(f: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: ThrottleClock = {
  now: () => performance.now(),
  setTimeout: (f, ms) => setTimeout(f, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export class ThrottleLatest {
  private waiting: (() => Promise<unknown>) | null = null;
  private running = false;
  private lastStart = -Infinity;
  private timer: unknown = null;
  /** Bumped by clear(): a job started before it does not start the waiting one when it ends. */
  private epoch = 0;

  constructor(
    private readonly interval: number,
    private readonly clock: ThrottleClock = realClock,
  ) {}

  /** Runs `job` as soon as allowed, unless a newer job is submitted before then. */
  submit(job: () => Promise<unknown>): void {
    this.waiting = job;
    this.pump();
  }

  /** Drops the waiting job (the running one, if any, is the caller's to cancel). */
  clear(): void {
    this.waiting = null;
    this.running = false;
    this.epoch++;
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  /** Whether a job is running or waiting. */
  get busy(): boolean { return this.running || this.waiting !== null; }

  private pump(): void {
    if (this.running || !this.waiting || this.timer !== null) return;
    const wait = this.lastStart + this.interval - this.clock.now();
    if (wait > 0) {
      this.timer = this.clock.setTimeout(() => { this.timer = null; this.pump(); }, wait);
      return;
    }
    const job = this.waiting, epoch = this.epoch;
    this.waiting = null;
    this.running = true;
    this.lastStart = this.clock.now();
    job().catch(() => {}).finally(() => {
      if (epoch !== this.epoch) return;
      this.running = false;
      this.pump();
    });
  }
}
