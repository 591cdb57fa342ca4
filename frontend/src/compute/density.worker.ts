// Entry point of density.worker.js (a module worker started by createDensityClient()).
import { DensityServer } from './density/density-server';
import type { MessagePortLike } from './worker-rpc';

new DensityServer(self as unknown as MessagePortLike);
