/**
 * date-chinese, for the projection of future years (lunar holidays). Reached only through
 * {@link loadDateChinese}, so that the Node builds (`dateChinese.node.ts`) load it on the first projection and
 * counting working days never does; here, for bundlers and browsers, it is a static import.
 *
 * @module
 */
import * as dateChinese from 'date-chinese';

/** @internal date-chinese's module. */
export function loadDateChinese(): typeof dateChinese {
  return dateChinese;
}
