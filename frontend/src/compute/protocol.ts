// The messages between the page (ComputeClient) and the compute worker (ComputeServer).
// Shared by both sides so a change to one method's arguments or result is a type error on both.

/** What the worker returns for a PCA. Buffers are transferred, not copied. */
export interface PcaSummary {
  /** k x d row-major unit vectors. */
  components: Float32Array;
  variance: Float64Array;
  varianceFraction: Float64Array;
  totalVariance: number;
  mean: Float32Array;
  /** Whether the axes were computed on spherized rows (and project() uses those rows). */
  spherized: boolean;
  k: number;
  d: number;
}

/** Each method's arguments and result. */
export interface ComputeMethods {
  /** Keeps the n x d rows in the worker; every later call works on them. */
  load: { args: { data: Float32Array; n: number; d: number }; result: { n: number; d: number } };
  pca: { args: { k: number; spherize: boolean }; result: PcaSummary };
  /** Coordinates on components `dims` of the last pca(): n x dims.length, row-major. */
  project: { args: { dims: number[] }; result: Float32Array };
  /** Stops request `target` if it is queued or running (no response of its own). */
  cancel: { args: { target: number }; result: never };
}

export type ComputeMethod = keyof ComputeMethods;

/** A request: one member per method, discriminated by `method`. */
export type ComputeRequest = {
  [M in ComputeMethod]: { id: number; method: M; args: ComputeMethods[M]['args'] };
}[ComputeMethod];

export type ComputeResponse<M extends ComputeMethod = ComputeMethod> =
  | { id: number; result: ComputeMethods[M]['result'] }
  | { id: number; error: string; cancelled?: boolean }
  | { id: number; progress: number };

/** The part of Worker / DedicatedWorkerGlobalScope / MessagePort both sides use. */
export interface MessagePortLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  start?(): void;
}
