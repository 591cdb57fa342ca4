// UMAP for the compute workers: the class, and the pieces the tests and benchmarks check.
export { UMAP, defaultEpochs, type UMAPOptions, type UMAPStep, type UMAPInitProgress } from './umap';
export { findAbParams, type AbParams } from './ab-params';
export { fuzzySimplicialSet, fuzzyUnion, membershipStrengths } from './fuzzy-simplicial-set';
export { smoothKnnDistances, type SmoothKnn } from './smooth-knn';
export { nearestNeighbors, type Metric, type NeighborGraph } from './neighbor-graph';
export { SparseGraph } from '../sparse-matrix';
export { spectralEmbedding } from './spectral';
export { knnPreservation, trustworthiness } from './layout-quality';
