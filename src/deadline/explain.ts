/**
 * `explain`: a deadline's trace as lines a person reads, in English or Chinese.
 *
 * @module
 */
import { tryParsePlainDate, weekdayOfDayNumber } from '../date/plainDate.js';
import { InvalidArgumentError, describeValue } from '../errors.js';
import { checkPlainResult, renderResult } from './resultShape.js';
import { sourceCitationZh } from '../policy/sourceZh.js';
import type { BilingualText, Consequence, LimitUnit } from '../policy/schema.js';
import type { TimelineResult } from './projectTimeline.js';
import type { CountedSegment, DeadlineResult, DeadlineStatus, SkippedHoliday, TraceSegment } from './types.js';

/** The language of an explanation. */
export type ExplainLanguage = 'en' | 'zh';

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** `'en'` (default) or `'zh'`. */
  readonly lang?: ExplainLanguage | undefined;
}

const EN_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const ZH_WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

interface Words {
  /** A date with its weekday: `2025-09-26 (Fri)`, `2025年9月26日（星期五）`. */
  date(date: string): string;
  /** A date alone, for inside a sentence: `2025-09-26`, `2025年9月26日`. */
  day(date: string): string;
  range(from: string, to: string): string;
  unit(amount: number, unit: LimitUnit): string;
  ordinalDay(n: number): string;
  text(text: BilingualText): string;
}

function weekdayIndex(date: string): number | undefined {
  const day = tryParsePlainDate(date);
  return day === undefined ? undefined : weekdayOfDayNumber(day) - 1;
}

const EN: Words = {
  date(date) {
    const w = weekdayIndex(date);
    return w === undefined ? date : `${date} (${EN_WEEKDAYS[w]})`;
  },
  day(date) {
    return date;
  },
  range(from, to) {
    return from === to ? EN.date(from) : `${EN.date(from)} to ${EN.date(to)}`;
  },
  unit(amount, unit) {
    const names: Record<LimitUnit, [string, string]> = {
      'working-days': ['working day', 'working days'],
      'calendar-days': ['calendar day', 'calendar days'],
      weeks: ['week', 'weeks'],
      months: ['month', 'months'],
      years: ['year', 'years'],
    };
    return `${amount} ${names[unit][amount === 1 ? 0 : 1]}`;
  },
  ordinalDay(n) {
    const mod100 = n % 100;
    const suffix = mod100 >= 11 && mod100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
    return `${n}${suffix}`;
  },
  text(text) {
    return text.en;
  },
};

const ZH: Words = {
  date(date) {
    const w = weekdayIndex(date);
    if (w === undefined) return date;
    const [y, m, d] = date.split('-');
    return `${y}年${Number(m)}月${Number(d)}日（星期${ZH_WEEKDAYS[w]}）`;
  },
  day(date) {
    if (weekdayIndex(date) === undefined) return date;
    const [y, m, d] = date.split('-');
    return `${y}年${Number(m)}月${Number(d)}日`;
  },
  range(from, to) {
    return from === to ? ZH.date(from) : `${ZH.date(from)}至${ZH.date(to)}`;
  },
  unit(amount, unit) {
    const names: Record<LimitUnit, string> = {
      'working-days': '个工作日',
      'calendar-days': '个自然日',
      weeks: '周',
      months: '个月',
      years: '年',
    };
    return `${amount}${names[unit]}`;
  },
  ordinalDay(n) {
    return `第${n}个`;
  },
  text(text) {
    return text.zh;
  },
};

const CONSEQUENCE: Record<Consequence, BilingualText> = {
  'implied-approval': { en: 'implied approval', zh: '默示许可（视为同意）' },
  'deemed-renewal': { en: 'deemed renewal', zh: '视为准予延续' },
  none: { en: 'no deemed outcome', zh: '不产生视为批准等后果' },
};

const STATUS: Record<DeadlineStatus, BilingualText> = {
  'not-started': { en: 'not started', zh: '尚未开始' },
  running: { en: 'running', zh: '计时中' },
  stopped: { en: 'clock stopped', zh: '计时中止' },
  'due-today': { en: 'due today', zh: '今日届满' },
  overdue: { en: 'overdue', zh: '已逾期' },
};

const CALENDAR_NAMES: Record<string, BilingualText> = {
  CN: { en: 'mainland China', zh: '内地' },
  HK: { en: 'Hong Kong', zh: '香港' },
};

function calendarName(id: string, lang: ExplainLanguage): string {
  const parts = id.split('+').map((part) => CALENDAR_NAMES[part]?.[lang] ?? part);
  return lang === 'en' ? `${parts.join(' + ')} (${id})` : `${parts.join('与')}（${id}）`;
}

function fractionText(numerator: number, denominator: number, lang: ExplainLanguage): string {
  if (lang === 'en') return `${numerator}/${denominator}`;
  const zhNumbers = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  return denominator <= 10 && numerator <= 10 ? `${zhNumbers[denominator]}分之${zhNumbers[numerator]}` : `${numerator}/${denominator}`;
}

const ROUNDING: Record<'ceil' | 'floor' | 'round', BilingualText> = {
  ceil: { en: 'rounded up', zh: '向上取整' },
  floor: { en: 'rounded down', zh: '向下取整' },
  round: { en: 'rounded to the nearest day', zh: '四舍五入' },
};

/**
 * Whether a result's periods are read under Hong Kong law: a policy counted on the Hong Kong calendar, or a
 * Hong Kong (`hk.`) policy. Its day 0 and the move off a holiday follow the Interpretation and General Clauses
 * Ordinance (Cap. 1) s. 71, by analogy; the mainland's follow the Civil Code, Arts. 201–203, by analogy.
 */
function isHongKong(result: DeadlineResult): boolean {
  return result.policy.calendar === 'HK' || result.policy.id.startsWith('hk.');
}

/**
 * The provision a period rule is read by analogy with (review limits are administrative, not civil, periods):
 * `'start'` day 0 is not counted, `'month'` a month period ends on the corresponding date, `'roll'` a last day that
 * is a rest day moves to the next working day. Null when the jurisdiction's provision does not address it.
 */
function periodLaw(rule: 'start' | 'month' | 'roll', hongKong: boolean, lang: ExplainLanguage): string | null {
  if (hongKong) {
    if (rule === 'month') return null;
    const subsection = rule === 'start' ? '(1)(a)' : '(1)(b)';
    return lang === 'en'
      ? `by analogy with the Interpretation and General Clauses Ordinance, Cap. 1, s. 71${subsection}`
      : `参照《释义及通则条例》（第1章）第71${subsection}条`;
  }
  const article = { start: ['201', '二百零一'], month: ['202', '二百零二'], roll: ['203', '二百零三'] }[rule];
  return lang === 'en' ? `by analogy with Civil Code Art. ${article[0]}` : `参照《民法典》第${article[1]}条`;
}

/** A stop rule's or extension cap's article: in Chinese its `articleZh` when there is one. */
function articleText(segment: { readonly article: string; readonly articleZh?: string | null | undefined }, lang: ExplainLanguage): string {
  return lang === 'zh' ? (segment.articleZh ?? segment.article) : segment.article;
}

function holidaysText(holidays: readonly SkippedHoliday[], w: Words, lang: ExplainLanguage): string {
  return holidays
    .map((h) =>
      lang === 'en'
        ? `${h.name} ${w.range(h.from, h.to)} (${h.days} ${h.days === 1 ? 'day' : 'days'})`
        : `${h.nameZh ?? h.name}${w.range(h.from, h.to)}（${h.days}天）`,
    )
    .join(lang === 'en' ? '; ' : '；');
}

function countedLine(segment: CountedSegment, w: Words, lang: ExplainLanguage): string {
  const backward = segment.direction === 'before';
  const { firstDay, lastDay, restDays } = segment;
  const numbers = firstDay === lastDay ? `${firstDay}` : `${firstDay}–${lastDay}`;
  const span = backward ? w.range(segment.lastDate, segment.firstDate) : w.range(segment.firstDate, segment.lastDate);
  const holidays = holidaysText(segment.holidays, w, lang);
  const makeups = segment.makeupWorkdays.map((d) => w.date(d)).join(lang === 'en' ? ', ' : '、');
  if (lang === 'en') {
    let line = backward
      ? `Counted back ${w.unit(segment.days, 'working-days')} from ${segment.from}: day 1 is ${w.date(segment.firstDate)}, day ${lastDay} is ${w.date(segment.lastDate)}`
      : `Counted working days ${numbers}${segment.clock > 1 ? ` (clock ${segment.clock})` : ''}: ${span}`;
    if (restDays > 0) line += `; ${restDays} rest ${restDays === 1 ? 'day' : 'days'} not counted${holidays ? `, among them ${holidays}` : ''}`;
    if (makeups) line += `; make-up working ${segment.makeupWorkdays.length === 1 ? 'day' : 'days'} counted: ${makeups}`;
    return `${line}.`;
  }
  let line = backward
    ? `自${w.day(segment.from)}向前倒数${w.unit(segment.days, 'working-days')}：第1日为${w.date(segment.firstDate)}，第${lastDay}日为${w.date(segment.lastDate)}`
    : `计入第${numbers}个工作日${segment.clock > 1 ? `（第${segment.clock}次计时）` : ''}：${span}`;
  if (restDays > 0) line += `；期间${restDays}个休息日不计入${holidays ? `，其中${holidays}` : ''}`;
  if (makeups) line += `；计入调休上班日：${makeups}`;
  return `${line}。`;
}

function segmentLines(segment: TraceSegment, result: DeadlineResult, w: Words, lang: ExplainLanguage): string[] {
  const en = lang === 'en';
  const unit = result.policy.limit.unit;
  switch (segment.type) {
    case 'start': {
      const events = segment.events ?? null;
      const event = events
        ? en
          ? `the later of ${events.map((e) => `${e.title.en.charAt(0).toLowerCase()}${e.title.en.slice(1)} (${e.date})`).join(' and ')}`
          : `${events.map((e) => `${e.title.zh}（${w.date(e.date)}）`).join('与')}中较晚之日`
        : w.text(segment.event);
      if (result.policy.limit.amount === 0) {
        return en ? [`Start: ${w.date(segment.date)}, ${event}.`] : [`起算：${w.date(segment.date)}，${event}。`];
      }
      if (result.policy.limit.direction === 'before') {
        return en
          ? [`Counted back from ${w.date(segment.date)}, ${event}.`]
          : [`起算：${w.date(segment.date)}，${event}；自该日向前倒数。`];
      }
      const law = periodLaw('start', isHongKong(result), lang);
      if (en) {
        return [
          segment.startDayCounts
            ? `Start: ${w.date(segment.date)}, ${event}. The start day itself counts.`
            : `Day 0: ${w.date(segment.date)}, ${event}. Counting begins on the next day (${law}).`,
        ];
      }
      return [
        segment.startDayCounts
          ? `起算：${w.date(segment.date)}，${event}；当日计入期间。`
          : `第0日：${w.date(segment.date)}，${event}；当日不计入，自次日起算（${law}）。`,
      ];
    }
    case 'extension':
      return en
        ? [`The authority extended the limit by ${w.unit(segment.amount, unit)} (${segment.article}; at most ${segment.cap}).`]
        : [`时限经批准延长${w.unit(segment.amount, unit)}（最多可延长${w.unit(segment.cap, unit)}），依据${articleText(segment, lang)}。`];
    case 'counted':
      return [countedLine(segment, w, lang)];
    case 'stopped': {
      const why = segment.reasonTitle
        ? w.text(segment.reasonTitle)
        : segment.reason === null
          ? en
            ? 'no reason given, so a plain pause'
            : '未说明原因，按单纯中止处理'
          : en
            ? `reason "${segment.reason}" is not one this policy names, so a plain pause`
            : `原因"${segment.reason}"不在本规则列明的中止原因之内，按单纯中止处理`;
      const repeat = segment.alreadyExtended
        ? en
          ? ' The limit was already extended once for this reason, so this stop only pauses.'
          : '该原因的延长已适用过一次，本次仅中止计时。'
        : '';
      if (segment.to === null) {
        const resume =
          segment.limitOnResume === null
            ? ''
            : segment.effect === 'restart'
              ? en
                ? ` When it resumes, a new limit of ${w.unit(segment.limitOnResume, unit)} starts.`
                : `恢复计时后重新计算${w.unit(segment.limitOnResume, unit)}。`
              : en
                ? ` When it resumes, the limit becomes ${w.unit(segment.limitOnResume, unit)}.`
                : `恢复计时后时限变为${w.unit(segment.limitOnResume, unit)}。`;
        return en
          ? [
              `Clock stopped since ${w.date(segment.from)} and not yet resumed: ${why}${segment.days ? ` (${w.unit(segment.days, 'working-days')} so far)` : ''}. No due date until it resumes.${resume}${repeat}`,
            ]
          : [
              `自${w.date(segment.from)}起计时中止，尚未恢复：${why}${segment.days ? `（截至${result.asOf === null ? '目前' : w.day(result.asOf)}已中止${w.unit(segment.days, 'working-days')}）` : ''}。恢复计时前没有届满日。${resume}${repeat}`,
            ];
      }
      const fromDay =
        segment.fromCounted === false
          ? en
            ? ` (${segment.from} itself included)`
            : '（含中止当日）'
          : '';
      return en
        ? [`Clock stopped from ${w.date(segment.from)} to ${w.date(segment.to)}: ${why}. ${w.unit(segment.days, 'working-days')} not counted${fromDay}; counting resumes after ${segment.to}.${repeat}`]
        : [`计时中止：${w.date(segment.from)}至${w.date(segment.to)}，${why}。不计入${w.unit(segment.days, 'working-days')}${fromDay}，自${w.day(segment.to)}次日起恢复计时。${repeat}`];
    }
    case 'extended':
      return en
        ? [
            `On resuming, the limit grows by ${fractionText(segment.fraction.numerator, segment.fraction.denominator, lang)}, ${ROUNDING[segment.rounding].en}: ${segment.from} → ${w.unit(segment.to, unit)} (${segment.article}).`,
          ]
        : [
            `恢复计时后时限延长${fractionText(segment.fraction.numerator, segment.fraction.denominator, lang)}（${ROUNDING[segment.rounding].zh}），由${w.unit(segment.from, unit)}变为${w.unit(segment.to, unit)}，依据${articleText(segment, lang)}。`,
          ];
    case 'restarted':
      return en
        ? [
            `On resuming, a new limit of ${w.unit(segment.amount, unit)} starts from ${segment.date} (day 0); the ${segment.discarded} working days counted before no longer count (${segment.article}).`,
          ]
        : [
            `恢复计时后重新起算：自${w.day(segment.date)}（第0日）起重新计算${w.unit(segment.amount, unit)}，此前已计的${w.unit(segment.discarded, 'working-days')}不再计入，依据${articleText(segment, lang)}。`,
          ];
    case 'period': {
      if (segment.amount === 0) {
        return en
          ? [`Due on the date itself: ${w.date(segment.to)}, to the end of that day (24:00; by analogy with Civil Code Art. 203), not moved off a rest day.`]
          : [`期限为该日当日：${w.date(segment.to)}，至当日二十四时止（参照《民法典》第二百零三条），不因休息日顺延或提前。`];
      }
      const amount = w.unit(segment.amount, segment.unit);
      const after = segment.direction === 'after';
      const law = periodLaw('month', isHongKong(result), lang);
      if (en) {
        const cite = law ? ` (${law})` : '';
        const rule =
          segment.rule === 'corresponding-date'
            ? `, the corresponding date${cite}`
            : segment.rule === 'month-end'
              ? `: that month has no corresponding date, so its last day${cite}`
              : '';
        return [`Period: ${amount} ${after ? 'after' : 'before'} ${segment.from} ends on ${w.date(segment.to)}${rule}.`];
      }
      const cite = law ? `（${law}）` : '';
      const to = w.date(segment.to);
      // Counted back, the day found is the last day to act (截止日); counted forward, the period's last day.
      const last = after ? '最后一日' : '截止日';
      const rule =
        segment.rule === 'corresponding-date'
          ? `${after ? '到期月的' : ''}对应日${to}为${last}${cite}`
          : segment.rule === 'month-end'
            ? `${after ? '到期月' : '该月'}没有对应日，以该月末日${to}为${last}${cite}`
            : `${last}为${to}`;
      return [`期间：自${w.day(segment.from)}${after ? '起' : '向前倒数'}${amount}，${rule}。`];
    }
    case 'rolled': {
      const what = segment.holiday
        ? en
          ? segment.holiday.name
          : (segment.holiday.nameZh ?? segment.holiday.name)
        : en
          ? 'a weekend'
          : '周末';
      const hongKong = isHongKong(result);
      if (segment.direction === 'forward') {
        const law = periodLaw('roll', hongKong, lang);
        return en
          ? [`${segment.from} is a rest day (${what}), so the deadline moves to the next working day, ${w.date(segment.to)} (${law}).`]
          : [`${w.day(segment.from)}为休息日（${what}），期间最后一日顺延至其后第一个工作日${w.date(segment.to)}（${law}）。`];
      }
      return en
        ? [
            `${segment.from} is a rest day (${what}), so the deadline moves back to the previous working day, ${w.date(segment.to)}: counted backwards, filing on it is never late (a conservative choice; ${hongKong ? 'Cap. 1 s. 71 does' : 'the Civil Code does'} not address periods counted backwards).`,
          ]
        : [
            `${w.day(segment.from)}为休息日（${what}），截止日提前至其前一个工作日${w.date(segment.to)}：倒数期间按此日办理不致逾期（保守处理；${hongKong ? '《释义及通则条例》（第1章）第71条' : '《民法典》'}未规定倒数期间）。`,
          ];
    }
    case 'ignored-stop': {
      // On a projected calendar another arrangement may put the due date after the stop.
      const maybe = (result.provisionalFields ?? []).includes('due');
      return en
        ? [`The stop from ${segment.from}${segment.to ? ` to ${segment.to}` : ''} begins on or after the due date, so it changes nothing${maybe ? ' on the most likely arrangement of the projected days (on another it may apply)' : ''}.`]
        : [`自${w.day(segment.from)}起的计时中止${segment.to ? `（至${w.day(segment.to)}）` : ''}始于届满日当日或之后，${maybe ? '按推算日期最可能的安排' : ''}不影响期限${maybe ? '（按其他安排可能适用）' : ''}。`];
    }
    case 'due': {
      const which = result.counting === 'working-days' && unit === 'working-days' ? result.countedDays : null;
      if (en) {
        const detail =
          which !== null && result.policy.limit.direction === 'after' ? `, the ${w.ordinalDay(result.limit.amount)} counted working day${result.limit.amount !== which ? ' of the last clock' : ''}` : '';
        // A window counted back from an expiry (a renewal filing) ends on the last day to file.
        const label = result.policy.limit.direction === 'before' && result.policy.role === 'sponsor-window' ? 'Last day to file' : 'Due';
        return [`${label}: ${w.date(segment.date)}${detail}.`];
      }
      const detail =
        which !== null && result.policy.limit.direction === 'after' ? `，即${result.limit.amount !== which ? '最后一次计时的' : ''}第${result.limit.amount}个计入的工作日` : '';
      // Counted back, the date is the last day to act (截止日), not the expiry of a limit (届满日).
      return [`${result.policy.limit.direction === 'before' ? '截止日' : '届满日'}：${w.date(segment.date)}${detail}。`];
    }
  }
}

function ruleLines(result: DeadlineResult, w: Words, lang: ExplainLanguage): string[] {
  const { policy } = result;
  const en = lang === 'en';
  const amount =
    policy.limit.amount === 0 ? (en ? 'due on the start date itself' : '以起算日当日为期限') : w.unit(policy.limit.amount, policy.limit.unit);
  const period = en
    ? `${policy.effective.from} to ${policy.effective.to ?? 'now'}`
    : policy.effective.to === null
      ? `自${w.day(policy.effective.from)}起施行`
      : `施行期间${w.day(policy.effective.from)}至${w.day(policy.effective.to)}`;
  const source = en ? `${policy.source.document.en}, ${policy.source.number}, ${policy.source.article}` : sourceCitationZh(policy.source);
  const confidence = policy.confidence === 'cited' ? (en ? 'cited' : '有据（已查到出处）') : en ? 'UNVERIFIED' : '未经核实';
  const direction = policy.limit.direction === 'before' && policy.limit.amount > 0 ? (en ? ' before the start' : '（自起算日向前倒数）') : '';
  return en
    ? [
        `${policy.id}: ${policy.title.en}`,
        `Rule: ${amount}${direction} on the ${calendarName(result.calendar, lang)} calendar; version ${policy.version} (in force ${period}). Source: ${source}. Confidence: ${confidence}.`,
      ]
    : [
        `${policy.id}：${policy.title.zh}`,
        `规则：${amount}${direction}，按${calendarName(result.calendar, lang)}日历计算；版本 ${policy.version}（${period}）。依据：${source}。来源：${confidence}。`,
      ];
}

function closingLines(result: DeadlineResult, w: Words, lang: ExplainLanguage): string[] {
  const en = lang === 'en';
  const lines: string[] = [];
  const consequence = CONSEQUENCE[result.consequence][lang];
  const note = w.text(result.policy.consequenceNote);
  // A date counted back (a filing deadline) does not expire: its note says what the date is for.
  const head = result.policy.limit.direction === 'before' ? '说明' : '届满后果';
  if (result.consequence === 'none') lines.push(en ? `At expiry: ${note}` : `${head}：${note}`);
  else lines.push(en ? `At expiry: ${consequence}. ${note}` : `${head}：${consequence}。${note}`);
  if (result.status !== null) {
    const units = result.counting === 'working-days' ? 'working-days' : 'calendar-days';
    const when = result.asOf === null ? (en ? 'Now' : '目前') : en ? `On ${result.asOf}` : `截至${w.date(result.asOf)}`;
    const status = STATUS[result.status][lang];
    const parts: string[] = [];
    const elapsed = result.elapsedDays;
    const remaining = result.remainingDays;
    if (result.status === 'overdue' && remaining === 0 && result.due !== null) {
      // asOf is a rest day after the due date: the limit has passed, but no working day since.
      parts.push(en ? `since ${w.date(result.due)}, with no working day since` : `（届满日${w.date(result.due)}，此后尚无工作日）`);
    } else if (result.status === 'overdue' && remaining !== null) {
      parts.push(en ? `by ${w.unit(-remaining, units)}` : `${w.unit(-remaining, units)}`);
    } else {
      if (elapsed !== null && result.status !== 'not-started') parts.push(en ? `${w.unit(elapsed, units)} counted` : `已计${w.unit(elapsed, units)}`);
      if (remaining !== null && result.status !== 'due-today') parts.push(en ? `${w.unit(remaining, units)} left` : `剩余${w.unit(remaining, units)}`);
    }
    const open = result.trace.find((s) => s.type === 'stopped' && s.to === null);
    let pending = '';
    const left = result.remainingOnResume;
    if (result.status === 'stopped' && open && open.type === 'stopped' && open.limitOnResume !== null && typeof left === 'number') {
      pending = en ? `; once the clock resumes, ${w.unit(left, units)} will be left` : `；恢复计时后将剩余${w.unit(left, units)}`;
    }
    const joined =
      result.status === 'overdue'
        ? en
          ? ` ${parts.join('')}`
          : parts.join('')
        : parts.length
          ? en
            ? ` — ${parts.join(', ')}`
            : `——${parts.join('，')}`
          : '';
    lines.push(en ? `${when}: ${status}${joined}${pending}.` : `${when}：${status}${joined}${pending}。`);
    if (result.status === 'overdue' && result.consequence !== 'none') {
      lines.push(
        en
          ? `The limit has passed: ${consequence} applies, unless a decision (or, where the rule says so, an opinion that prevents it) was notified within the limit.`
          : `期限已届满：除期限内已作出并通知决定（或规则所列阻止该后果的意见）外，适用${consequence}。`,
      );
    }
  }
  if (result.provisional) lines.push(...provisionalLines(result, w, lang));
  if (result.policy.confidence === 'unverified') {
    lines.push(
      en
        ? 'Unverified: the sources could not confirm every part of this rule (number, unit, start or article); treat the date as a lead to check.'
        : '未经核实：现有资料未能确认本规则的全部要素（时限、单位、起算或条款），所得日期仅供参考核对。',
    );
  }
  return lines;
}

/** What the projected days of a calendar follow, by calendar id: the mainland's law and principles, Hong Kong's Ordinance. */
function projectionBasis(calendarId: string, lang: ExplainLanguage): string {
  const parts = calendarId.split('+').map((id) =>
    id === 'HK'
      ? lang === 'en'
        ? "Hong Kong's General Holidays Ordinance"
        : '香港《公众假期条例》（第149章）'
      : lang === 'en'
        ? 'the holiday law and the principles the State Council publishes for its notices'
        : '放假办法和国务院公布的放假调休原则',
  );
  return parts.join(lang === 'en' ? ' and ' : '及');
}

/** What is provisional in a result and what is exact: the due date's range, and the status on a published `asOf`. */
function provisionalLines(result: DeadlineResult, w: Words, lang: ExplainLanguage): string[] {
  const en = lang === 'en';
  const lines: string[] = [];
  // Results read back from JSON written before these fields existed have neither.
  const fields: readonly string[] = result.provisionalFields ?? ['due', 'status', 'elapsedDays', 'remainingDays'];
  const range = result.dueRange ?? null;
  if (range && result.due !== null) {
    const same = range.earliest === range.latest;
    const hongKongOnly = result.calendar === 'HK';
    lines.push(
      en
        ? `Provisional due date: ${w.date(result.due)} is the most likely. It depends on calendar days not yet published, projected from ` +
            `${projectionBasis(result.calendar, lang)}; every arrangement they allow gives ` +
            (same ? 'this same date' : `a due date from ${w.date(range.earliest)} to ${w.date(range.latest)}`) +
            (hongKongOnly ? ' (a holiday added by the Government could fall outside). It becomes exact once that year\'s general holidays are gazetted and added.' : ' (an exception to the principles could fall outside). It becomes exact once that year\'s notice is published and added.')
        : `届满日为推算结果：最可能为${w.date(result.due)}。所依赖的日期尚未公布，系按${projectionBasis(result.calendar, lang)}推算；` +
            `原则允许的各种安排${same ? '均得出同一日期' : `得出的届满日在${w.date(range.earliest)}至${w.date(range.latest)}之间`}` +
            (hongKongOnly ? '（政府另行增加的假日可能超出此范围）。该年度公众假期公布并加入后即为确定日期。' : '（原则的个别例外情形可能超出此范围）。该年度放假安排公布并加入后即为确定日期。'),
    );
  } else {
    lines.push(
      en
        ? 'Provisional: the answer depends on calendar days that are projected, not yet published; check it again when the notice for that year appears.'
        : '临时结果：计算依赖尚未公布、按规则推算的日历日期；相关年度放假安排公布后请重新核对。',
    );
  }
  if (result.status !== null && result.status !== 'not-started' && !fields.includes('status')) {
    const when = result.asOf === null ? (en ? 'now' : '目前') : en ? `on ${result.asOf}` : `截至${w.date(result.asOf)}`;
    lines.push(
      en
        ? `Exact: where the deadline stands ${when} (the days counted and left) depends on published days only.`
        : `确定部分：${when}的计时状态（已计和剩余天数）仅依赖已公布的日期。`,
    );
  }
  return lines;
}

/** Which reading of the stop day was used, on what basis, and the due date the other reading gives. */
function stopDayLines(result: DeadlineResult, w: Words, lang: ExplainLanguage): string[] {
  const reading = result.stopDayCounts ?? null;
  if (reading === null) return [];
  const en = lang === 'en';
  const by = reading.chosenBy === 'option' ? (en ? 'as asked in this call' : '按本次计算指定') : en ? "the rule's reading" : '本规则采用的理解';
  const sure = reading.confidence === 'cited' ? (en ? 'cited' : '有据') : en ? 'unverified' : '未经核实';
  const used = reading.value
    ? en
      ? 'the day the clock stops counts as a day of the limit'
      : '计时中止之日计入时限'
    : en
      ? 'the day the clock stops does not count'
      : '计时中止之日不计入时限';
  const other =
    result.due === null
      ? ''
      : reading.otherReadingPastCoverage === true
        ? en
          ? ' The other reading needs calendar days not yet published.'
          : '按另一种理解，所需日期超出已公布的日历。'
        : reading.otherReadingDue === null
      ? en
        ? ' The other reading gives the same due date.'
        : '按另一种理解，届满日相同。'
      : en
        ? ` The other reading (${reading.value ? 'not counted' : 'counted'}) gives ${w.date(reading.otherReadingDue)}.`
        : `按另一种理解（${reading.value ? '不计入' : '计入'}），届满日为${w.date(reading.otherReadingDue)}。`;
  return [
    en
      ? `Stop day: ${used} (${by}; ${sure}: ${reading.basis.en})${other}`
      : `中止当日：${used}（${by}；${sure}：${reading.basis.zh.replace(/。$/, '')}）。${other}`,
  ];
}

function warningLines(result: DeadlineResult, lang: ExplainLanguage): string[] {
  return (result.warnings ?? []).map((warning) => (lang === 'en' ? `Warning: ${warning.message.en}` : `注意：${warning.message.zh}`));
}

/** The start and the due date of a result made with `trace: false`, which has no segments to tell them. */
function untracedLines(result: DeadlineResult, w: Words, lang: ExplainLanguage): string[] {
  const en = lang === 'en';
  const before = result.policy.limit.direction === 'before';
  const window = before && result.policy.role === 'sponsor-window';
  const changed = result.limit.amount !== result.policy.limit.amount;
  const limit = w.unit(result.limit.amount, result.limit.unit);
  const due =
    result.due === null
      ? en
        ? 'No due date while the clock is stopped.'
        : '计时中止期间暂无届满日。'
      : en
        ? `${window ? 'Last day to file' : 'Due'}: ${w.date(result.due)}${changed ? ` (limit applied: ${limit})` : ''}.`
        : `${before ? '截止日' : '届满日'}：${w.date(result.due)}${changed ? `（适用时限：${limit}）` : ''}。`;
  return en
    ? [`Start: ${w.date(result.start)}. ${due}`, 'The day-by-day account is left out: the result was made with trace: false.']
    : [`起算日：${w.date(result.start)}。${due}`, '结果未附计算过程（trace: false），故不列逐段说明。'];
}

function explainDeadline(result: DeadlineResult, lang: ExplainLanguage): string[] {
  const w = lang === 'en' ? EN : ZH;
  const lines = ruleLines(result, w, lang);
  if (result.trace.length === 0) lines.push(...untracedLines(result, w, lang));
  for (const segment of result.trace) lines.push(...segmentLines(segment, result, w, lang));
  lines.push(...stopDayLines(result, w, lang));
  lines.push(...closingLines(result, w, lang));
  lines.push(...warningLines(result, lang));
  return lines;
}

function explainTimeline(result: TimelineResult, lang: ExplainLanguage): string[] {
  const w = lang === 'en' ? EN : ZH;
  const en = lang === 'en';
  const lines: string[] = [];
  if (result.procedure) lines.push(en ? `${result.procedure.id}: ${result.procedure.title.en}` : `${result.procedure.id}：${result.procedure.title.zh}`);
  lines.push(en ? `Starts ${w.date(result.start)}${result.asOf ? `; as of ${result.asOf}` : ''}.` : `起算：${w.date(result.start)}${result.asOf ? `；截至${w.day(result.asOf)}` : ''}。`);
  for (const stage of result.stages) {
    const label = w.text(stage.label);
    const basis = (b: 'given' | 'actual' | 'projected' | null) =>
      b === 'projected' ? (en ? ' (projected)' : '（预计）') : b === 'actual' ? (en ? ' (actual)' : '（实际）') : '';
    if (stage.start === null) {
      lines.push(en ? `${stage.index + 1}. ${label} [${stage.policy}]: waits for the stage before it to end.` : `${stage.index + 1}. ${label}［${stage.policy}］：待上一阶段结束后开始。`);
      continue;
    }
    const due = stage.due === null ? (en ? 'no due date while its clock is stopped' : '计时中止，暂无届满日') : w.date(stage.due);
    const done = stage.completed
      ? en
        ? `; done ${w.date(stage.completed)}${stage.late ? ' (after the due date)' : ''}`
        : `；已于${w.date(stage.completed)}完成${stage.late ? '（晚于届满日）' : ''}`
      : '';
    const status = stage.status ? (stage.status === 'completed' ? '' : en ? `; ${STATUS[stage.status as DeadlineStatus]?.en ?? stage.status}` : `；${STATUS[stage.status as DeadlineStatus]?.zh ?? stage.status}`) : '';
    lines.push(
      en
        ? `${stage.index + 1}. ${label} [${stage.policy}]: from ${w.date(stage.start)}${basis(stage.startBasis)}, due ${due}${done}${status}.`
        : `${stage.index + 1}. ${label}［${stage.policy}］：自${w.date(stage.start)}${basis(stage.startBasis)}起，届满日${due}${done}${status}。`,
    );
  }
  for (const milestone of result.milestones) {
    const label = w.text(milestone.label);
    const date = milestone.date === null ? (en ? 'not yet known' : '暂无法确定') : w.date(milestone.date);
    lines.push(en ? `· ${label} [${milestone.policy}]: ${date}.` : `· ${label}［${milestone.policy}］：${date}。`);
  }
  lines.push(
    result.end === null
      ? en
        ? 'End: not yet known (a clock is stopped).'
        : '结束：暂无法确定（有计时中止）。'
      : en
        ? `End: ${w.date(result.end)}${result.endBasis === 'projected' ? ' (projected)' : ''}.`
        : `结束：${w.date(result.end)}${result.endBasis === 'projected' ? '（预计）' : ''}。`,
  );
  if (result.provisional) lines.push(en ? 'Provisional: some dates depend on projected calendar days.' : '临时结果：部分日期依赖推算的日历日期。');
  return lines;
}

/**
 * Turns a result of `dueDate` (or of `projectTimeline`) into lines a person reads: the rule and its source, day 0,
 * each run of counted working days with the holidays skipped, each stop and what it did, the due date, the
 * consequence at expiry and where the clock stands on `asOf`. Works on a result read back from JSON, too.
 *
 * @param result - What `dueDate` or `projectTimeline` returned.
 * @param options - `{ lang: 'en' | 'zh' }`, default English.
 * @returns The explanation: lines joined with `\n`, without a final newline.
 * @throws {InvalidArgumentError} When `result` is not such a result or `lang` is neither `'en'` nor `'zh'`.
 *
 * @example
 * explain(dueDate({ policy: 'cn.nmpa.drug.ind', start: '2025-09-26' }), { lang: 'en' })
 * //=> 'cn.nmpa.drug.ind: Drug clinical trial application (IND): review and implied approval\n' +
 * //   'Rule: 60 working days on the mainland China (CN) calendar; version 2019-12-01 (in force 2019-12-01 to now). Source: …\n' +
 * //   'Day 0: 2025-09-26 (Fri), Acceptance of the IND (the date on the acceptance notice). Counting begins on the next day (by analogy with Civil Code Art. 201).\n' +
 * //   'Counted working days 1–60: 2025-09-28 (Sun) to 2025-12-25 (Thu); 30 rest days not counted, among them National Day and Mid-Autumn Festival 2025-10-01 (Wed) to 2025-10-08 (Wed) (8 days); make-up working days counted: 2025-09-28 (Sun), 2025-10-11 (Sat).\n' +
 * //   'Due: 2025-12-25 (Thu), the 60th counted working day.\n' +
 * //   'At expiry: implied approval. Implied approval (默示许可): if CDE has not notified its decision by the end of the limit, …'
 * explain(result, { lang: 'zh' }) //=> '…届满日：2025年12月25日（星期四），即第60个计入的工作日。…'
 */
export function explain(result: DeadlineResult | TimelineResult, options?: ExplainOptions): string {
  const lang = options?.lang ?? 'en';
  if (lang !== 'en' && lang !== 'zh') {
    throw new InvalidArgumentError(`explain: lang must be 'en' or 'zh', received ${describeValue(lang)}`);
  }
  if (typeof result === 'object' && result !== null) {
    const candidate = result as { kind?: unknown; trace?: unknown; stages?: unknown; policy?: unknown };
    if (candidate.kind === 'deadline' && Array.isArray(candidate.trace) && typeof candidate.policy === 'object' && candidate.policy !== null) {
      checkPlainResult('explain', result);
      return renderResult('explain', () => explainDeadline(result as DeadlineResult, lang).join('\n'));
    }
    if (candidate.kind === 'timeline' && Array.isArray(candidate.stages)) {
      checkPlainResult('explain', result);
      return renderResult('explain', () => explainTimeline(result as TimelineResult, lang).join('\n'));
    }
  }
  throw new InvalidArgumentError(`explain: expected a result of dueDate or projectTimeline, received ${describeValue(result)}`);
}
