/**
 * The playground page: pick a policy, a start date and clock stops; see the due date, where it stands, why, and a
 * month view. Everything is computed in the browser by reviewclock's public API; nothing is sent anywhere.
 *
 * Built by `npm run playground` into one classic script (docs/playground/playground.js), so that index.html works
 * when opened straight from disk.
 *
 * @module
 */
import {
  CN,
  ReviewclockError,
  ScheduleValidationError,
  UnknownStopReasonError,
  chinaDateOf,
  dueDate,
  explain,
  getPolicy,
  isPlainDate,
  listPolicies,
  projectCalendar,
  type Calendar,
  type DeadlineResult,
  type DeadlineStop,
  type PlainDate,
  type Policy,
} from '../../../src/index.js';
import { sourceCitationZh } from '../../../src/policy/sourceZh.js';
import { addMonths, monthOf, type YearMonth } from './dates.js';
import { byId, h, replaceChildren, type Child } from './dom.js';
import { errorBox } from './errorBox.js';
import { amountText, longDate, monthTitle, strings, type Lang } from './i18n.js';
import { deadlineMarks, type DayMarks } from './marks.js';
import { monthLegend, monthTable } from './monthView.js';
import { addedEntryItems } from './schedulePanel.js';
import {
  BASE_CALENDARS,
  addEntry,
  addedTitles,
  addedYears,
  buildCalendars,
  entryFromFile,
  entryFromNotice,
  entryYears,
  fixKeyOf,
  loadEntries,
  removeEntry,
  saveEntries,
  type AddedEntry,
  type CalendarId,
} from './schedules.js';

/** A clock stop as typed: empty strings for empty fields. */
interface StopInput {
  from: string;
  to: string;
  reason: string;
}

/** Everything the user has chosen; kept in the address's #fragment so that a link reopens the same case. */
interface State {
  policyId: string | null;
  search: string;
  start: string;
  asOf: string;
  stops: StopInput[];
  lang: Lang;
  project: boolean;
  /** The stop-day reading: '' for the rule's own, 'counted' or 'not-counted'. */
  stopDay: '' | 'counted' | 'not-counted';
  /** The month shown; null: follow the deadline. */
  month: YearMonth | null;
}

const EXAMPLE = { policyId: 'cn.nmpa.drug.ind', start: '2025-09-26' } as const;

const state: State = readHash(location.hash);
/** Where the month view last followed the deadline, so that a new answer moves it and a language switch does not. */
let followedKey = '';
/** The policy version whose stop reasons the stop rows show. */
let stopsPolicyKey = '';

// ── Calendars ────────────────────────────────────────────────────────────────────────────────────────────────────

/** The schedules added under “Next year's holidays”, in the order added (kept in this browser). */
let addedEntries: AddedEntry[] = [];
/** The calendars every computation counts on: the built-in ones with the added schedules. */
let calendars: Readonly<Record<CalendarId, Calendar>> = BASE_CALENDARS;
const projectedCalendars = new Map<string, Calendar>();

function isCalendarId(id: string): id is CalendarId {
  return id === 'CN' || id === 'HK';
}

/** The calendar to count a policy on: its own (CN or HK) with the added schedules, projected past coverage when the user asks. */
function calendarFor(id: string): Calendar | undefined {
  const base = isCalendarId(id) ? calendars[id] : undefined;
  if (base === undefined || !state.project) return base;
  let projected = projectedCalendars.get(id);
  if (projected === undefined) {
    projected = projectCalendar(base);
    projectedCalendars.set(id, projected);
  }
  return projected;
}

// ── Policies ─────────────────────────────────────────────────────────────────────────────────────────────────────

const ALL_POLICIES: readonly Policy[] = listPolicies();

/** The version of a policy in force on the start date when there is one; else its latest version. */
function policyVersion(id: string, start: string): Policy | null {
  try {
    if (isPlainDate(start)) return getPolicy(id, { on: start });
  } catch {
    // No version in force on that date: dueDate says so (PolicyNotInForceError) below.
  }
  try {
    return getPolicy(id);
  } catch {
    return null;
  }
}

function title(text: { en: string; zh: string }, lang: Lang): string {
  return lang === 'zh' ? text.zh : text.en;
}

function countsForwardInWorkingDays(policy: Policy): boolean {
  return policy.limit.unit === 'working-days' && policy.limit.direction === 'after';
}

// ── Labels ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** Sets every element marked `data-i18n="key"` to the string of that key in the current language. */
function renderLabels(): void {
  const t = strings(state.lang) as unknown as Record<string, unknown>;
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${strings(state.lang).pageTitle} · reviewclock`;
  for (const element of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const value = t[element.dataset['i18n'] ?? ''];
    if (typeof value === 'string') element.textContent = value;
  }
}

// ── Policy list ──────────────────────────────────────────────────────────────────────────────────────────────────

/** The groups of the policy list, in the order shown. */
type PolicyGroup = 'drug' | 'device' | 'licensing' | 'regional';
const GROUP_ORDER: readonly PolicyGroup[] = ['drug', 'device', 'licensing', 'regional'];

function groupOf(policy: Policy): PolicyGroup {
  if (policy.jurisdiction !== 'CN') return 'regional';
  if (policy.id.startsWith('cn.nmpa.drug.')) return 'drug';
  if (policy.id.startsWith('cn.nmpa.')) return 'device';
  return 'licensing';
}

function buildPolicyList(): void {
  const t = strings(state.lang);
  const other: Lang = state.lang === 'zh' ? 'en' : 'zh';
  const item = (policy: Policy) => {
    const limit = ruleLimitText(policy);
    const calendar = policy.calendar === 'CN' ? '' : ` (${policy.calendar})`;
    return h(
      'label',
      { class: 'policy', 'data-policy': policy.id },
      h('input', { type: 'radio', name: 'policy', value: policy.id, checked: policy.id === state.policyId }),
      h(
        'span',
        { class: 'policy-text' },
        h('span', { class: 'policy-title' }, title(policy.title, state.lang)),
        h('span', { class: 'policy-title-alt', lang: other === 'zh' ? 'zh-CN' : 'en' }, title(policy.title, other)),
        h(
          'span',
          { class: 'policy-meta' },
          h('span', { class: 'policy-limit' }, `${limit}${calendar}`),
          ` · ${t.roles[policy.role] ?? policy.role} · `,
          h('span', { class: `badge badge-${policy.confidence}` }, t.confidence[policy.confidence] ?? policy.confidence),
          ' · ',
          h('code', {}, policy.id),
        ),
      ),
    );
  };
  const groups = GROUP_ORDER.map((group) => {
    const members = ALL_POLICIES.filter((policy) => groupOf(policy) === group);
    return h('fieldset', { class: 'policy-group', 'data-group': group }, h('legend', {}, t.groups[group]), ...members.map(item));
  });
  replaceChildren(byId('policy-list'), ...groups);
  filterPolicyList();
  revealChosenPolicy();
}

/** Scrolls the list (not the page) so that the chosen policy is in view, e.g. after opening a link. */
function revealChosenPolicy(): void {
  const list = byId('policy-list');
  const chosen = list.querySelector<HTMLElement>('.policy:has(input:checked)');
  if (chosen && !chosen.hidden) list.scrollTop = Math.max(0, chosen.offsetTop - list.clientHeight / 3);
}

function filterPolicyList(): void {
  const t = strings(state.lang);
  let shown: ReadonlySet<string>;
  try {
    shown = new Set(listPolicies({ text: state.search }).map((policy) => policy.id));
  } catch {
    shown = new Set(ALL_POLICIES.map((policy) => policy.id));
  }
  for (const item of byId('policy-list').querySelectorAll<HTMLElement>('.policy')) item.hidden = !shown.has(item.dataset['policy'] ?? '');
  for (const group of byId('policy-list').querySelectorAll<HTMLElement>('.policy-group')) {
    group.hidden = group.querySelector('.policy:not([hidden])') === null;
  }
  byId('policy-count').textContent =
    shown.size === 0 ? t.noPolicyMatches(state.search.trim()) : t.policiesShown(shown.size, ALL_POLICIES.length);
}

// ── Clock stops ──────────────────────────────────────────────────────────────────────────────────────────────────

function buildStops(): void {
  const t = strings(state.lang);
  const policy = state.policyId === null ? null : policyVersion(state.policyId, state.start);
  stopsPolicyKey = policy ? `${policy.id}@${policy.version}` : '';
  const reasons = policy?.stops ?? [];
  const known = new Set(reasons.map((rule) => rule.reason));
  const rows = state.stops.map((stop, index) => {
    // A reason the rule does not name (from an address, or a rule that changed) is kept and shown, so that the
    // computation refuses it (UnknownStopReasonError), never silently turned into a plain pause.
    const unknown = stop.reason !== '' && !known.has(stop.reason);
    const n = index + 1;
    const id = (field: string) => `stop-${n}-${field}`;
    const fromInput = h('input', { type: 'date', id: id('from'), value: stop.from, 'aria-describedby': id('hint') });
    const incomplete = h('p', { class: 'hint stop-incomplete', id: id('hint') }, stop.from === '' ? t.stopIncomplete : '');
    const toInput = h('input', { type: 'date', id: id('to'), value: stop.to, 'aria-describedby': id('to-hint') });
    const reasonSelect = h(
      'select',
      { id: id('reason') },
      h('option', { value: '' }, t.reasonNone),
      ...(unknown ? [h('option', { value: stop.reason, selected: true }, `${stop.reason} (${t.reasonUnknown})`)] : []),
      ...reasons.map((rule) => h('option', { value: rule.reason, selected: rule.reason === stop.reason }, title(rule.title, state.lang))),
    );
    const reasonHint = h('p', { class: 'hint', id: id('reason-hint') });
    reasonSelect.setAttribute('aria-describedby', id('reason-hint'));
    const describeReason = () => {
      const rule = reasons.find((candidate) => candidate.reason === reasonSelect.value);
      reasonHint.textContent = rule ? `${t.reasonEffect}: ${effectText(rule.effect, state.lang)} (${articleOf(rule)})` : `${t.reasonEffect}: ${effectText({ action: 'resume' }, state.lang)}`;
    };
    describeReason();
    fromInput.addEventListener('input', () => {
      stop.from = fromInput.value;
      incomplete.textContent = stop.from === '' ? t.stopIncomplete : '';
      update();
    });
    toInput.addEventListener('input', () => {
      stop.to = toInput.value;
      update();
    });
    reasonSelect.addEventListener('change', () => {
      stop.reason = reasonSelect.value;
      describeReason();
      update();
    });
    const remove = h('button', { type: 'button', class: 'remove-stop' }, t.removeStop(n));
    remove.addEventListener('click', () => {
      state.stops.splice(index, 1);
      buildStops();
      byId('add-stop').focus();
      update();
    });
    return h(
      'li',
      { class: 'stop' },
      h(
        'fieldset',
        {},
        h('legend', {}, t.stopLegend(n)),
        h('div', { class: 'field' }, h('label', { for: id('from') }, t.stopFrom), fromInput),
        h('div', { class: 'field' }, h('label', { for: id('to') }, t.stopTo), toInput, h('span', { class: 'hint', id: id('to-hint') }, t.stopToHint)),
        h('div', { class: 'field field-wide' }, h('label', { for: id('reason') }, t.stopReason), reasonSelect, reasonHint),
        incomplete,
        remove,
      ),
    );
  });
  replaceChildren(byId('stops'), ...rows);
  byId('stops-empty').hidden = state.stops.length > 0;
  const stopDay = byId<HTMLSelectElement>('stop-day');
  replaceChildren(
    stopDay,
    h('option', { value: '', selected: state.stopDay === '' }, policy ? t.stopDayPolicy(policy.stopDayCounts.value) : t.stopDayRule),
    h('option', { value: 'counted', selected: state.stopDay === 'counted' }, t.stopDayCounted),
    h('option', { value: 'not-counted', selected: state.stopDay === 'not-counted' }, t.stopDayNotCounted),
  );
  const allowed = policy === null || countsForwardInWorkingDays(policy);
  (byId('add-stop') as HTMLButtonElement).disabled = !allowed;
  byId('stops-note').textContent = allowed ? '' : t.noStopsAllowed;
}

function effectText(effect: Policy['stops'][number]['effect'], lang: Lang): string {
  const zh = lang === 'zh';
  if (effect.action === 'resume') return zh ? '恢复后继续计算' : 'pause, then resume';
  if (effect.action === 'restart') return zh ? `恢复后重新计算${effect.amount}个工作日` : `a new limit of ${effect.amount} working days on resume`;
  const { numerator, denominator } = effect.fraction;
  return zh ? `恢复后时限延长${denominator}分之${numerator}` : `limit extended by ${numerator}/${denominator} on resume`;
}

// ── Computing ────────────────────────────────────────────────────────────────────────────────────────────────────

type Outcome =
  | { readonly kind: 'empty' }
  | { readonly kind: 'result'; readonly result: DeadlineResult; readonly calendar: Calendar; readonly policy: Policy | null }
  | { readonly kind: 'error'; readonly error: unknown; readonly policy: Policy | null };

function compute(): Outcome {
  if (state.policyId === null || state.start === '') return { kind: 'empty' };
  const policy = policyVersion(state.policyId, state.start);
  try {
    const calendar = calendarFor(policy?.calendar ?? 'CN');
    const stops: DeadlineStop[] = state.stops
      .filter((stop) => stop.from !== '')
      .map((stop) => ({ from: stop.from, to: stop.to === '' ? null : stop.to, reason: stop.reason === '' ? null : stop.reason }));
    const result = dueDate({
      policy: state.policyId,
      start: state.start,
      stops,
      asOf: state.asOf === '' ? null : state.asOf,
      calendar,
      ...(state.stopDay !== '' && { stopDayCounts: state.stopDay === 'counted' }),
    });
    return { kind: 'result', result, calendar: calendar ?? CN, policy };
  } catch (error) {
    return { kind: 'error', error, policy };
  }
}

// ── Rendering the answer ─────────────────────────────────────────────────────────────────────────────────────────

function update(): void {
  const outcome = compute();
  renderOutcome(outcome);
  renderMonth(outcome);
  writeHash();
}

/** Tells screen readers the answer in one short sentence, only when it changes. */
function announce(text: string): void {
  const region = byId('announce');
  if (region.textContent !== text) region.textContent = text;
}

function renderOutcome(outcome: Outcome): void {
  const t = strings(state.lang);
  const result = byId('result');
  const explanation = byId('explanation');
  if (outcome.kind === 'empty') {
    const example = h('button', { type: 'button', id: 'example' }, t.example);
    example.addEventListener('click', showExample);
    replaceChildren(result, h('p', { class: 'empty' }, t.emptyResult), example);
    announce('');
    replaceChildren(explanation);
    byId('explanation-section').hidden = true;
    return;
  }
  if (outcome.kind === 'error') {
    replaceChildren(result, errorBox(outcome.error, state.lang, resultFix(outcome.error)), outcome.policy && ruleCard(outcome.policy));
    announce(`${t.errorTitle}: ${outcome.error instanceof Error ? outcome.error.message : String(outcome.error)}`);
    replaceChildren(explanation);
    byId('explanation-section').hidden = true;
    return;
  }
  const r = outcome.result;
  const unit = r.counting === 'working-days' ? 'working-days' : 'calendar-days';
  const days = (n: number) => amountText(n, unit, state.lang);
  const figures: Array<[string, Child, string?]> = [];
  figures.push([
    r.asOf === null ? t.status : t.statusAsOf(r.asOf),
    r.status === null ? h('span', { class: 'muted' }, t.noAsOf) : h('strong', { class: `status status-${r.status}` }, t.statuses[r.status]),
    'status',
  ]);
  const limitText = amountText(r.limit.amount, r.limit.unit, state.lang);
  const nominal = r.policy.limit;
  figures.push([
    t.limitApplied,
    r.limit.amount !== nominal.amount || r.limit.unit !== nominal.unit ? `${limitText} (${amountText(nominal.amount, nominal.unit, state.lang)} → ${limitText})` : limitText,
    'limit',
  ]);
  if (r.dueRange) {
    const { earliest, latest } = r.dueRange;
    figures.push([t.dueRange, earliest === latest ? t.dueRangeSame(earliest) : t.dueRangeSpan(earliest, latest), 'due-range']);
  }
  figures.push([t.counted, days(r.countedDays), 'counted']);
  figures.push([t.stopped, days(r.stoppedDays), 'stopped']);
  if (r.elapsedDays !== null) figures.push([t.elapsed, days(r.elapsedDays), 'elapsed']);
  if (r.remainingDays !== null) {
    figures.push([t.left, r.remainingDays >= 0 ? days(r.remainingDays) : t.overdueBy(days(-r.remainingDays)), 'left']);
  }
  figures.push([
    t.consequence,
    h('span', {}, h('strong', {}, t.consequences[r.consequence] ?? r.consequence), state.lang === 'zh' ? '。' : '. ', title(r.policy.consequenceNote, state.lang)),
    'consequence',
  ]);
  const warnings: Child[] = [];
  if (r.provisional) warnings.push(warning('provisional', t.provisionalTitle, t.provisional));
  const added = addedScheduleNote(r);
  if (added) warnings.push(added);
  if (r.policy.confidence === 'unverified') warnings.push(warning('unverified', t.unverifiedTitle, t.unverified, outcome.policy?.notes ?? []));
  // What is legal but doubtful about the input (a stop without a reason where reasons matter, one start for two events).
  for (const item of r.warnings) warnings.push(warning(item.code, t.inputWarningTitle, state.lang === 'zh' ? item.message.zh : item.message.en));
  replaceChildren(
    result,
    h(
      'div',
      { class: `due-card${r.due === null ? ' due-card-stopped' : ''}` },
      h('p', { class: 'due-label' }, t.due),
      r.due === null
        ? h('p', { class: 'due-date', id: 'due-date', tabindex: -1, 'data-due': '' }, t.clockStopped)
        : h(
            'p',
            { class: 'due-date', id: 'due-date', tabindex: -1, 'data-due': r.due },
            h('span', { class: 'due-long' }, longDate(r.due, state.lang)),
            ' ',
            h('span', { class: 'due-iso' }, r.due),
          ),
      h('p', { class: 'due-policy' }, title(r.policy.title, state.lang), ' · ', h('code', {}, r.policy.id)),
    ),
    ...warnings,
    h(
      'dl',
      { class: 'figures' },
      ...figures.map(([term, value, key]) => h('div', { class: 'figure', 'data-figure': key ?? null }, h('dt', {}, term), h('dd', {}, value))),
    ),
    outcome.policy && ruleCard(outcome.policy),
  );
  replaceChildren(explanation, ...explain(r, { lang: state.lang }).split('\n').map((line) => h('p', {}, line)));
  byId('explanation-section').hidden = false;
  announce(r.due === null ? t.clockStopped : `${t.due}: ${longDate(r.due, state.lang)}`);
}

function warning(kind: string, heading: string, text: string, notes: readonly string[] = []): HTMLElement {
  return h(
    'div',
    { class: `warning warning-${kind}`, role: 'note', 'data-warning': kind },
    h('p', {}, h('strong', {}, `⚠ ${heading}. `), text),
    notes.length > 0 ? h('ul', {}, ...notes.map((note) => h('li', {}, note))) : null,
  );
}

/** What to do on this page about a refused computation: the stop to change for an unknown reason, else by the error's code. */
function resultFix(error: unknown): string | undefined {
  const t = strings(state.lang);
  if (error instanceof UnknownStopReasonError) {
    // The stops passed leave out the rows with no "stopped on" date: find the row of the stop the error names.
    const row = state.stops.map((stop, index) => ({ stop, index })).filter(({ stop }) => stop.from !== '')[error.stopIndex];
    if (row) return t.unknownStopReasonFix(row.index + 1);
  }
  return error instanceof ReviewclockError ? t.errorFix[error.code] : undefined;
}

/** A note when the answer counts on days of a year added under “Next year's holidays”. */
function addedScheduleNote(r: DeadlineResult): HTMLElement | null {
  const id = r.policy.calendar;
  if (!isCalendarId(id) || addedEntries.length === 0) return null;
  const years = addedYears(addedEntries, id);
  const last = [r.due, r.asOf, r.dueRange?.latest ?? null].reduce<string>((latest, date) => (date !== null && date > latest ? date : latest), r.start);
  const touched = new Set<number>();
  for (let year = Number(r.start.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) if (years.has(year)) touched.add(year);
  if (touched.size === 0) return null;
  const t = strings(state.lang);
  const list = [...touched].join(state.lang === 'zh' ? '、' : ', ');
  return h(
    'div',
    { class: 'note-added', role: 'note', 'data-note': 'added-schedule' },
    h('p', {}, h('strong', {}, `${t.addedScheduleTitle}. `), t.addedSchedule(list, addedTitles(addedEntries, id, touched).join(state.lang === 'zh' ? '；' : '; '))),
  );
}

/** The article behind a stop rule, in Chinese citation form when the page speaks Chinese. */
function articleOf(rule: Policy['stops'][number]): string {
  return state.lang === 'zh' ? (rule.articleZh ?? rule.article) : rule.article;
}

/** A rule's limit as stated: "60 working days", "6 months before", or "due on the start date itself" (a limit of 0). */
function ruleLimitText(policy: Policy): string {
  const t = strings(state.lang);
  if (policy.limit.amount === 0) return t.onStartDate;
  return `${amountText(policy.limit.amount, policy.limit.unit, state.lang)}${policy.limit.direction === 'before' ? ` ${t.before}` : ''}`;
}

function ruleCard(policy: Policy): HTMLElement {
  const t = strings(state.lang);
  const other: Lang = state.lang === 'zh' ? 'en' : 'zh';
  const source = policy.source;
  const document_ = `${title(source.document, state.lang)} (${title(source.document, other)})`;
  // In Chinese the citation as a Chinese reader writes it (each title in 《》, the article in Chinese), then the English title.
  const cited = state.lang === 'zh' ? `${sourceCitationZh(source)} (${title(source.document, 'en')})` : document_;
  const sourceText: Child[] = [
    source.url ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, cited) : cited,
    state.lang === 'zh' ? '' : `, ${source.number}, ${source.article}`,
  ];
  const reasons = policy.stops.length === 0 ? t.noStopReasons : policy.stops.map((rule) => `${title(rule.title, state.lang)}: ${effectText(rule.effect, state.lang)} (${articleOf(rule)})`).join('; ');
  return h(
    'details',
    { class: 'rule-card' },
    h('summary', {}, `${t.rule}: ${title(policy.title, state.lang)}`),
    h(
      'dl',
      {},
      h('dt', {}, t.rule),
      h(
        'dd',
        {},
        `${ruleLimitText(policy)} · ${t.calendar} ${policy.calendar} · `,
        t.version(policy.version, policy.effective.from, policy.effective.to),
      ),
      h('dt', {}, t.startEvent),
      h('dd', {}, title(policy.clockStart.event, state.lang)),
      h('dt', {}, t.stopReasons),
      h('dd', {}, reasons),
      h('dt', {}, t.source),
      h('dd', {}, ...sourceText, ' · ', h('span', { class: `badge badge-${policy.confidence}` }, t.confidence[policy.confidence] ?? policy.confidence)),
      policy.notes.length > 0 ? h('dt', {}, t.notes) : null,
      policy.notes.length > 0 ? h('dd', {}, h('ul', {}, ...policy.notes.map((note) => h('li', {}, note)))) : null,
    ),
  );
}

// ── Next year's holidays ─────────────────────────────────────────────────────────────────────────────────────────

/** The panel's last refusal, shown until the next change; and its last status line, in the page's language. */
let panelError: unknown = null;
let panelStatus: ((lang: Lang) => string) | null = null;

/**
 * What to do in the panel about a refusal: the page's own reason when it refused (a file that is not JSON, a year
 * added twice), else by the code of an invalid schedule's first issue (year_covered, year_gap, calendar_mismatch),
 * else by the error's code (invalid_notice, invalid_schedule, invalid_argument).
 */
function panelFix(error: unknown): string | undefined {
  const fixes = strings(state.lang).scheduleErrorFix;
  const key = fixKeyOf(error);
  if (key !== undefined) return fixes[key];
  const issueCode = error instanceof ScheduleValidationError ? error.issues[0]?.code : undefined;
  if (issueCode !== undefined && fixes[issueCode] !== undefined) return fixes[issueCode];
  return error instanceof ReviewclockError ? fixes[error.code] : undefined;
}

/** "2004–2026": the years a calendar covers. */
function coveredYearsText(calendar: Calendar): string {
  const from = calendar.coverage.from.slice(0, 4);
  const to = calendar.coverage.to.slice(0, 4);
  return from === to ? from : `${from}–${to}`;
}

function renderSchedulesPanel(): void {
  const t = strings(state.lang);
  byId('schedules-intro').textContent = t.schedulesIntro(coveredYearsText(BASE_CALENDARS.CN), coveredYearsText(BASE_CALENDARS.HK));
  byId('schedules-summary-added').textContent =
    addedEntries.length === 0 ? '' : `(${t.schedulesSummaryAdded(addedEntries.map(entryYears).join(state.lang === 'zh' ? '、' : ', '))})`;
  replaceChildren(byId('schedules-error'), panelError === null ? null : errorBox(panelError, state.lang, panelFix(panelError), t.scheduleErrorTitle));
  byId('schedules-status').textContent = panelStatus === null ? '' : panelStatus(state.lang);
  byId('schedules-empty').hidden = addedEntries.length > 0;
  replaceChildren(byId('schedules-list'), ...addedEntryItems(addedEntries, state.lang, removeSchedules));
}

/** Puts a new list of added schedules to use: the calendars rebuilt, kept in this browser, every computation re-run. */
function setEntries(entries: AddedEntry[], status: (lang: Lang) => string): void {
  const before = compute();
  const wasProvisional = before.kind === 'result' && before.result.provisional;
  addedEntries = entries;
  calendars = buildCalendars(entries);
  projectedCalendars.clear();
  saveEntries(entries);
  const after = compute();
  const nowExact = wasProvisional && after.kind === 'result' && !after.result.provisional;
  panelError = null;
  panelStatus = nowExact ? (lang) => `${status(lang)} ${strings(lang).scheduleNowExact}` : status;
  renderSchedulesPanel();
  update();
}

function showPanelError(error: unknown): void {
  panelError = error;
  panelStatus = null;
  renderSchedulesPanel();
}

/** “Read the notice and add its year”. */
function addNotice(): void {
  const textarea = byId<HTMLTextAreaElement>('notice-text');
  try {
    const entry = entryFromNotice(textarea.value, addedEntries);
    const entries = addEntry(addedEntries, entry);
    const years = entryYears(entry);
    textarea.value = '';
    setEntries(entries, (lang) => strings(lang).scheduleAddedStatus(years));
  } catch (error) {
    showPanelError(error);
  }
}

/** A file chosen under “Or choose a schedule file (JSON)”. */
async function addFile(): Promise<void> {
  const fileInput = input('schedule-file');
  const file = fileInput.files?.[0];
  if (file === undefined) return;
  // The last refusal is about another file: not shown while this one is read.
  panelError = null;
  panelStatus = null;
  renderSchedulesPanel();
  try {
    const entry = await entryFromFile(file);
    const entries = addEntry(addedEntries, entry);
    const years = entryYears(entry);
    setEntries(entries, (lang) => strings(lang).scheduleAddedStatus(years));
  } catch (error) {
    showPanelError(error);
  } finally {
    fileInput.value = ''; // so that choosing the same file again (corrected) is read again
  }
}

function removeSchedules(index: number): void {
  const entry = addedEntries[index];
  if (entry === undefined) return;
  try {
    const entries = removeEntry(addedEntries, index);
    const years = entryYears(entry);
    setEntries(entries, (lang) => strings(lang).scheduleRemovedStatus(years));
    byId('schedules-heading').focus(); // the button pressed is gone: keep keyboard users in the list
  } catch (error) {
    showPanelError(error);
  }
}

// ── Month view ───────────────────────────────────────────────────────────────────────────────────────────────────

function renderMonth(outcome: Outcome): void {
  const t = strings(state.lang);
  const section = byId('month-section');
  let calendar: Calendar | undefined;
  let marks: ReadonlyMap<PlainDate, DayMarks> = new Map();
  let anchors: { start: PlainDate | null; due: PlainDate | null; asOf: PlainDate | null } = { start: null, due: null, asOf: null };
  if (outcome.kind === 'result') {
    const r = outcome.result;
    calendar = outcome.calendar;
    marks = deadlineMarks(r, calendar);
    anchors = { start: r.start, due: r.due, asOf: r.asOf };
  } else if (outcome.kind === 'error' && isPlainDate(state.start)) {
    calendar = calendarFor(outcome.policy?.calendar ?? 'CN');
    anchors.start = state.start;
  }
  if (calendar === undefined || anchors.start === null) {
    section.hidden = true;
    return;
  }
  section.hidden = false;
  const followKey = `${anchors.start}|${anchors.due ?? ''}|${anchors.asOf ?? ''}`;
  if (followKey !== followedKey || state.month === null) {
    followedKey = followKey;
    state.month = monthOf(anchors.due ?? anchors.asOf ?? anchors.start);
  }
  const { table, coverageMessage } = monthTable({ month: state.month, calendar, marks, lang: state.lang });
  const jump = (label: string, date: PlainDate | null, id: string): Child => {
    if (date === null) return null;
    const button = h('button', { type: 'button', id, 'aria-controls': 'month-table' }, `${label}: ${date.slice(0, 7)}`);
    button.addEventListener('click', () => showMonth(monthOf(date), id));
    return button;
  };
  const previous = h('button', { type: 'button', id: 'prev-month', 'aria-controls': 'month-table' }, h('span', { 'aria-hidden': 'true' }, '‹ '), t.prevMonth);
  const next = h('button', { type: 'button', id: 'next-month', 'aria-controls': 'month-table' }, t.nextMonth, h('span', { 'aria-hidden': 'true' }, ' ›'));
  previous.addEventListener('click', () => showMonth(addMonths(state.month ?? monthOf(anchors.start ?? '2025-01-01'), -1), 'prev-month'));
  next.addEventListener('click', () => showMonth(addMonths(state.month ?? monthOf(anchors.start ?? '2025-01-01'), 1), 'next-month'));
  replaceChildren(
    byId('month-view'),
    h(
      'div',
      { class: 'month-nav' },
      previous,
      next,
      h('span', { class: 'month-jumps' }, jump(t.startMonth, anchors.start, 'month-start'), jump(t.dueMonth, anchors.due, 'month-due'), jump(t.asOfMonth, anchors.asOf, 'month-asof')),
    ),
    coverageMessage === null ? null : h('p', { class: 'warning warning-coverage', role: 'note' }, coverageMessage),
    h('div', { class: 'month-scroll' }, table),
    monthLegend(state.lang),
  );
}

/** Shows a month and keeps the keyboard focus on the button that asked for it. */
function showMonth(month: YearMonth, focusId: string): void {
  state.month = month;
  renderMonth(compute());
  byId('month-status').textContent = monthTitle(month.year, month.month, state.lang);
  document.getElementById(focusId)?.focus();
}

// ── Address (#fragment) ──────────────────────────────────────────────────────────────────────────────────────────

function readHash(hash: string): State {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const stops = params.getAll('stop').map((text) => {
    const match = /^([^.:]*)\.\.([^:]*)(?::(.*))?$/.exec(text);
    return { from: match?.[1] ?? '', to: match?.[2] ?? '', reason: match?.[3] ?? '' };
  });
  return {
    policyId: params.get('policy'),
    search: params.get('q') ?? '',
    start: params.get('start') ?? '',
    asOf: params.get('asof') ?? '',
    stops,
    lang: params.get('lang') === 'zh' ? 'zh' : 'en',
    project: params.get('project') === '1',
    stopDay: params.get('stopday') === 'counted' ? 'counted' : params.get('stopday') === 'not-counted' ? 'not-counted' : '',
    month: null,
  };
}

function writeHash(): void {
  const params = new URLSearchParams();
  if (state.policyId !== null) params.set('policy', state.policyId);
  if (state.start) params.set('start', state.start);
  for (const stop of state.stops) params.append('stop', `${stop.from}..${stop.to}${stop.reason ? `:${stop.reason}` : ''}`);
  if (state.asOf) params.set('asof', state.asOf);
  if (state.lang !== 'en') params.set('lang', state.lang);
  if (state.project) params.set('project', '1');
  if (state.stopDay) params.set('stopday', state.stopDay);
  if (state.search) params.set('q', state.search);
  const hash = params.toString();
  try {
    history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
  } catch {
    // Some browsers refuse replaceState on file:// addresses; the page works without it.
  }
}

// ── Wiring ───────────────────────────────────────────────────────────────────────────────────────────────────────

function input(id: string): HTMLInputElement {
  return byId<HTMLInputElement>(id);
}

/** Puts the state into the form fields. */
function syncInputs(): void {
  input('policy-search').value = state.search;
  input('start').value = state.start;
  input('as-of').value = state.asOf;
  input('project').checked = state.project;
  input(state.lang === 'zh' ? 'lang-zh' : 'lang-en').checked = true;
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="policy"]')) radio.checked = radio.value === state.policyId;
}

function showExample(): void {
  state.policyId = EXAMPLE.policyId;
  state.start = EXAMPLE.start;
  syncInputs();
  buildStops();
  update();
  document.getElementById('due-date')?.focus();
}

/** Rebuilds everything that depends on the language. */
function renderAll(): void {
  renderLabels();
  renderSchedulesPanel();
  buildPolicyList();
  buildStops();
  update();
}

function wire(): void {
  input('policy-search').addEventListener('input', () => {
    state.search = input('policy-search').value;
    filterPolicyList();
    writeHash();
  });
  byId('policy-list').addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.name === 'policy') {
      state.policyId = target.value;
      buildStops();
      update();
    }
  });
  for (const id of ['start', 'as-of'] as const) {
    input(id).addEventListener('input', () => {
      if (id === 'start') state.start = input(id).value;
      else state.asOf = input(id).value;
      const policy = state.policyId === null ? null : policyVersion(state.policyId, state.start);
      if (policy && `${policy.id}@${policy.version}` !== stopsPolicyKey) buildStops();
      update();
    });
  }
  byId('today').addEventListener('click', () => {
    state.asOf = chinaDateOf(Date.now());
    input('as-of').value = state.asOf;
    update();
  });
  byId('as-of-clear').addEventListener('click', () => {
    state.asOf = '';
    input('as-of').value = '';
    update();
    input('as-of').focus();
  });
  input('project').addEventListener('change', () => {
    state.project = input('project').checked;
    update();
  });
  byId<HTMLSelectElement>('stop-day').addEventListener('change', () => {
    const value = byId<HTMLSelectElement>('stop-day').value;
    state.stopDay = value === 'counted' || value === 'not-counted' ? value : '';
    update();
  });
  for (const id of ['lang-en', 'lang-zh']) {
    input(id).addEventListener('change', () => {
      state.lang = input('lang-zh').checked ? 'zh' : 'en';
      renderAll();
    });
  }
  byId('notice-add').addEventListener('click', addNotice);
  input('schedule-file').addEventListener('change', () => void addFile());
  byId('add-stop').addEventListener('click', () => {
    state.stops.push({ from: '', to: '', reason: '' });
    buildStops();
    document.getElementById(`stop-${state.stops.length}-from`)?.focus();
    update();
  });
}

/** Shows any error the page did not expect in the page itself, never a blank page. */
function reportUnexpected(error: unknown): void {
  const box = errorBox(error, state.lang, undefined);
  const result = document.getElementById('result');
  if (result) replaceChildren(result, box);
  else document.body.prepend(box);
}

window.addEventListener('error', (event) => reportUnexpected(event.error ?? event.message));
window.addEventListener('unhandledrejection', (event) => reportUnexpected(event.reason));

try {
  // What was added in an earlier visit, read back as untrusted input: on any problem none of it is used, and the
  // panel opens to say so.
  const restored = loadEntries();
  addedEntries = restored.entries;
  calendars = buildCalendars(addedEntries);
  panelError = restored.error;
  if (panelError !== null) byId<HTMLDetailsElement>('schedules-panel').open = true;
  wire();
  renderAll();
  syncInputs();
  document.body.dataset['ready'] = 'true';
} catch (error) {
  reportUnexpected(error);
}
