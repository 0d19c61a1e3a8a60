import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

/**
 * A TypeScript worker module bundled into one CommonJS script, to start with `new Worker(script,
 * { eval: true })`. Node refuses a `.ts` worker file, and loading one through tsx module by module
 * took ~1.1 s per worker; bundling with esbuild (which tsx itself runs on) takes ~0.12 s, once for
 * all workers. Packages stay outside the bundle and are required from the module's own folder.
 */
export function workerScript(moduleUrl: URL): string {
  const entry = fileURLToPath(moduleUrl);
  const { outputFiles } = buildSync({
    entryPoints: [entry],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'cjs',
    target: `node${process.versions.node.split('.')[0]}`,
    // esbuild's tables say no Node supports `\p{…}` outside a character class, and rewrite such a
    // literal as `new RegExp(…)`: inside a function that parses and looks the pattern up on every
    // call. Node has supported them since version 10, so the literals stay (8% less extraction CPU).
    supported: { 'regexp-unicode-property-escapes': true },
    write: false,
    logLevel: 'silent',
  });
  // An eval'd worker's own `require` resolves from the working directory, not from the module.
  return `'use strict'; var require = require('node:module').createRequire(${JSON.stringify(entry)});\n${outputFiles[0].text}`;
}
