import { CalendarCoverageError } from '../../src/index.js';

/** The error `fn` throws; fails the test when it returns instead. */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a throw');
}

/** The call's answer, or undefined where the calendar does not cover it (CalendarCoverageError); other errors fail. */
export function orUncovered<T>(call: () => T): T | undefined {
  try {
    return call();
  } catch (error) {
    if (error instanceof CalendarCoverageError) return undefined;
    throw error;
  }
}
