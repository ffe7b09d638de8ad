/**
 * The Node builds' synchronous loader of a dependency, for the `*.node.ts` loaders. A dependency loaded this way is
 * read on first use instead of when reviewclock is imported (an ES module cannot import another synchronously).
 *
 * @module
 */
import { createRequire } from 'node:module';

const requireFromHere = createRequire(import.meta.url);

/** @internal The module of an installed dependency, by its package name. */
export function requireDependency(name: 'zod' | 'date-chinese' | 'date-holidays'): unknown {
  return requireFromHere(name);
}

/**
 * @internal The built-in policy catalog of the Node builds: `catalog.json`, which the build writes next to its
 * chunks (see tsup.config.ts), parsed on the first lookup instead of compiled as code on every import.
 */
export function requireBuiltInCatalog(): unknown {
  return requireFromHere('./catalog.json');
}
