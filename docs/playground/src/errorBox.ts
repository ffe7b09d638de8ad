/**
 * A refused input, shown as a box: first what to do with this page's controls (the fix), then the library's own
 * message (which speaks of its functions) as details, then the error's code.
 *
 * @module
 */
import { ReviewclockError, ScheduleValidationError } from '../../../src/index.js';
import { h } from './dom.js';
import { strings, type Lang } from './i18n.js';

/**
 * The box of an error: `role="alert"`, with `data-error-code` (the library's code, or `unexpected`) and, for an
 * invalid schedule, `data-issue-code` (the code of its first issue, e.g. `year_covered`).
 *
 * @param error - What was thrown.
 * @param lang - The page's language.
 * @param fix - What to do on this page, or undefined when the page has nothing to add to the message.
 * @param heading - The box's title; default "This cannot be computed".
 */
export function errorBox(error: unknown, lang: Lang, fix: string | undefined, heading?: string): HTMLElement {
  const t = strings(lang);
  if (error instanceof ReviewclockError) {
    const issueCode = error instanceof ScheduleValidationError ? (error.issues[0]?.code ?? null) : null;
    return h(
      'div',
      { class: 'error', role: 'alert', 'data-error-code': error.code, 'data-issue-code': issueCode },
      h('p', { class: 'error-title' }, h('strong', {}, heading ?? t.errorTitle)),
      fix === undefined ? null : h('p', { class: 'error-fix' }, fix),
      h('p', { class: 'error-message' }, fix === undefined ? error.message : `${t.errorDetails}: ${error.message}`),
      h('p', { class: 'error-code' }, `${t.errorCode}: `, h('code', {}, error.code)),
    );
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return h(
    'div',
    { class: 'error', role: 'alert', 'data-error-code': 'unexpected' },
    h('p', { class: 'error-title' }, h('strong', {}, t.unexpectedError)),
    h('p', { class: 'error-message' }, message),
  );
}
