// Entry point of compute.worker.js (a module worker started by createComputeClient()).
import { ComputeServer } from './compute-server';

new ComputeServer(self as unknown as import('./protocol').MessagePortLike);
