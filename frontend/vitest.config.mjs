// vitest: the tests import the WebAssembly kernels' bytes as the bundles do, from the .wasm.ts modules
// that compile-wat.mjs makes from src/compute/wasm/*.wat; compiled here so a test run never sees stale ones.
import { defineConfig } from 'vitest/config';
import { compileWatModules } from './compile-wat.mjs';

await compileWatModules();

export default defineConfig({});
