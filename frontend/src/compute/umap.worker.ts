// Entry point of umap.worker.js (a module worker started by createUmapClient()).
import { UmapServer } from './umap/umap-server';
import type { MessagePortLike } from './worker-rpc';

new UmapServer(self as unknown as MessagePortLike);
