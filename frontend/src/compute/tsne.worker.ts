// Entry point of tsne.worker.js (a module worker started by createTsneClient()).
import { TsneServer } from './tsne/tsne-server';
import type { MessagePortLike } from './worker-rpc';

new TsneServer(self as unknown as MessagePortLike);
