// When the view counts as moving: from a camera change (or a new layout coming right after another:
// an animation) until nothing has changed for LOD_SETTLE_MS (longer while a drag is still held, so a
// pause mid-drag does not cost a full frame). start() runs when a motion begins, settle() once when it
// ends: the still frame.

/** The view is still this long after its last change (ms). */
export const LOD_SETTLE_MS = 200;
/** ... or this long while the pointer still holds a drag. */
export const LOD_SETTLE_HELD_MS = 600;
/** Hover picks only once the camera has not changed for this long (each change makes the pick index
 *  stale, and rebuilding it at a million points costs tens of ms). */
export const PICK_QUIET_MS = 80;

export class Motion {
  moving = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private last = 0;

  constructor(private on: { start?: () => void; settle: () => void; held?: () => boolean },
    private now: () => number = () => performance.now()) {}

  /** The view changed now. */
  poke(): void {
    if (!this.moving) this.on.start?.();
    this.moving = true;
    this.last = this.now();
    if (this.timer === null) this.arm(LOD_SETTLE_MS);
  }

  private arm(ms: number): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      const wait = (this.on.held?.() ? LOD_SETTLE_HELD_MS : LOD_SETTLE_MS) - (this.now() - this.last);
      if (wait > 0) { this.arm(wait); return; }
      this.moving = false;
      this.on.settle();
    }, ms);
  }
}
