// Entry point of tsne-attraction.worker.js: a helper the t-SNE worker starts to share its
// iterations' attraction (tsne/attraction-pool.ts).
import { AttractionServer } from './tsne/attraction-server';
import type { MessagePortLike } from './worker-rpc';

new AttractionServer(self as unknown as MessagePortLike);
