// Entry point of tsne.worker.js (a module worker started by createTsneClient()).
import type { MessagePortLike } from './protocol';
import { TsneServer } from './tsne/tsne-server';

new TsneServer(self as unknown as MessagePortLike);
