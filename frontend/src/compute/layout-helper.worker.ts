// Entry point of layout-helper.worker.js: a helper the t-SNE or UMAP worker starts to share its
// iterations (layout-helper.ts).
import { serveLayoutHelper } from './layout-helper';
import type { MessagePortLike } from './worker-rpc';

serveLayoutHelper(self as unknown as MessagePortLike);
