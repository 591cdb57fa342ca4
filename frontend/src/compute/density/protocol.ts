// The method of the density worker (DensityServer), called by the page's DensityClient over
// ../worker-rpc.ts: a change to its arguments or result is a type error on both sides.
import type { DensityAnalysis, DensityOptions } from './analyze-layout';

export interface DensityRequest {
  /** m points of the drawn layout, x0, y0, x1, y1, ... (moved to the worker, not copied). */
  xy: Float32Array;
  m: number;
  options: DensityOptions;
}

export interface DensityMethods {
  /** Density grid -> contours, clusters and each point's cluster (its `assignment` is moved to the page). */
  analyze: { args: DensityRequest; result: DensityAnalysis };
}
