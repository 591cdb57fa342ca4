// Entry point of umap.worker.js (a module worker started by createUmapClient()).
import type { MessagePortLike } from './protocol';
import { UmapServer } from './umap/umap-server';

new UmapServer(self as unknown as MessagePortLike);
