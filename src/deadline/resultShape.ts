/**
 * A guard for results handed back to the library (`explain`, `deadlineToICS`): a result of `dueDate` or
 * `projectTimeline` is plain data, also after a JSON round trip, so anything else is refused with a typed error
 * instead of failing somewhere inside the renderer, and the renderer's work stays bounded by the data's size.
 *
 * @module
 */
import { InvalidArgumentError } from '../errors.js';

const MAX_DEPTH = 32;
const MAX_VALUES = 1_000_000;

/**
 * Checks that `value` is plain data of a reasonable size: plain objects (or null-prototype ones), arrays without
 * holes, strings, numbers, booleans, null and undefined; at most 32 levels deep and 1,000,000 values in all.
 *
 * @param fn - The public function, for the message.
 * @param value - The result to check.
 * @throws {InvalidArgumentError} Naming the path of the first value that is not plain data.
 */
export function checkPlainResult(fn: string, value: unknown): void {
  let count = 0;
  const refuse = (path: string, why: string): never => {
    throw new InvalidArgumentError(`${fn}: expected a result of dueDate or projectTimeline (plain data, as they return it), but ${path} ${why}`);
  };
  const visit = (node: unknown, path: string, depth: number): void => {
    if (++count > MAX_VALUES) refuse('the result', `holds more than ${MAX_VALUES} values`);
    if (node === null || node === undefined) return;
    const type = typeof node;
    if (type === 'string' || type === 'number' || type === 'boolean') return;
    if (type !== 'object') refuse(path, `is a ${type}`);
    if (depth >= MAX_DEPTH) refuse(path, `is nested more than ${MAX_DEPTH} levels deep`);
    if (Array.isArray(node)) {
      if (node.length > MAX_VALUES) refuse(path, `has ${node.length} entries`);
      for (let index = 0; index < node.length; index++) {
        if (!(index in node)) refuse(`${path}[${index}]`, 'is missing (the array has a hole there)');
        visit(node[index], `${path}[${index}]`, depth + 1);
      }
      return;
    }
    const prototype: unknown = Object.getPrototypeOf(node);
    if (prototype !== Object.prototype && prototype !== null) refuse(path, 'is not a plain object');
    for (const key of Object.keys(node as object)) visit((node as Record<string, unknown>)[key], `${path}.${key}`, depth + 1);
  };
  visit(value, 'result', 0);
}

/**
 * Renders a result that passed {@link checkPlainResult}: a field of the wrong type inside it (a TypeError or
 * RangeError while rendering) becomes a typed error too.
 *
 * @throws {InvalidArgumentError} When the result is malformed.
 */
export function renderResult<T>(fn: string, render: () => T): T {
  try {
    return render();
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) {
      throw new InvalidArgumentError(`${fn}: expected a result of dueDate or projectTimeline, but this one is malformed (${error.message})`);
    }
    throw error;
  }
}
