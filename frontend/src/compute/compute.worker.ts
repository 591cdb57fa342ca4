// Entry point of compute.worker.js (a module worker started by createComputeClient()).
import { ComputeServer } from './compute-server';
import type { MessagePortLike } from './worker-rpc';

new ComputeServer(self as unknown as MessagePortLike);
