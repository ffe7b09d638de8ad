import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLAYGROUND_DIR, PLAYGROUND_SCRIPT, PLAYGROUND_STATIC_FILES, buildPlayground } from '../../scripts/playground.js';
import { fromMs, referenceAdd, referenceCount, shiftDays, toMs } from '../support/referenceCalendar.js';

// Drives docs/playground/index.html in headless Chromium (Debian's `chromium` package, through playwright-core),
// opened from disk (file://) as a user would open it. The page's script is built afresh from its source into a
// temporary copy of the page, so the test checks the source as it is now and never races another build.
// Expected dates are derived by hand (comments) and cross-checked with the naive reference calendar.

const CHROMIUM = '/usr/bin/chromium';
// The machine may have no network: without these flags Chromium keeps trying to reach Google's services.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const haveChromium = existsSync(CHROMIUM);

// The 2026 State Council notice as the reference transcribes it (its address, then its items), for pasting.
const NOTICES = readFileSync(new URL('../../../shared/reference/cn-holiday-notices.md', import.meta.url), 'utf8');
const NOTICE_2026 = /## 2026\s+```\s*([\s\S]*?)```/.exec(NOTICES)?.[1]?.trim() ?? '';
// An invented 2027 schedule, labelled as a test fixture in its title and notes: the 2027 notice is not published.
const FIXTURE_2027_PATH = fileURLToPath(new URL('./fixtures/test-schedule-2027.json', import.meta.url));
const FIXTURE_2027 = JSON.parse(readFileSync(FIXTURE_2027_PATH, 'utf8')) as {
  holidays: { from: string; to: string }[];
  makeupWorkdays: string[];
};

/**
 * The n-th working day after 2026-12-31 on the test fixture alone (its rest spans and make-up days over Monday–Friday),
 * walked day by day with UTC arithmetic: a check of the page's count that shares nothing with the library.
 */
function fixtureWorkingDay2027(n: number): string {
  const rest = new Set<string>();
  for (const span of FIXTURE_2027.holidays) for (let day = span.from; day <= span.to; day = shiftDays(day, 1)) rest.add(day);
  const makeup = new Set(FIXTURE_2027.makeupWorkdays);
  let day = '2026-12-31';
  for (let found = 0; found < n; ) {
    day = shiftDays(day, 1);
    const weekday = new Date(toMs(day)).getUTCDay();
    if (makeup.has(day) || (weekday !== 0 && weekday !== 6 && !rest.has(day))) found++;
  }
  return fromMs(toMs(day));
}
const SCREENSHOT_DIR = new URL('../../.tmp/', import.meta.url);
mkdirSync(SCREENSHOT_DIR, { recursive: true });

if (!haveChromium) {
  if (process.env['CI']) {
    describe('playground (end to end)', () => {
      it(`needs Chromium at ${CHROMIUM} (.ci/run installs it)`, () => {
        throw new Error(`playground e2e: ${CHROMIUM} is missing; CI must install Debian's chromium package before the tests (.ci/run does)`);
      });
    });
  } else {
    console.warn(`playground e2e skipped: ${CHROMIUM} is not installed (apt-get install chromium)`);
    describe.skip(`playground (end to end): skipped, ${CHROMIUM} is not installed (apt-get install chromium)`, () => {
      it('drives the page', () => {});
    });
  }
}

describe.runIf(haveChromium)('playground (end to end)', { timeout: 15_000 }, () => {
  let dir = '';
  let pageUrl = '';
  let browser: Browser;
  const pageErrors: string[] = [];
  let setupMs = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'reviewclock-playground-'));
    for (const file of PLAYGROUND_STATIC_FILES) copyFileSync(join(PLAYGROUND_DIR, file), join(dir, file));
    pageUrl = pathToFileURL(join(dir, 'index.html')).href;
    const started = Date.now();
    [, browser] = await Promise.all([buildPlayground(join(dir, PLAYGROUND_SCRIPT)), chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })]);
    setupMs = Date.now() - started;
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh page at the playground, with the given #fragment state; waits until the script has run. */
  async function open(hash = '', viewport = { width: 1400, height: 1000 }): Promise<Page> {
    const page = await browser.newPage({ viewport, locale: 'en-US' });
    page.setDefaultTimeout(5_000); // a missing element fails in seconds, not after Playwright's 30 s default
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${pageUrl}${hash}`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
    return page;
  }

  const dueOf = (page: Page) => page.locator('#due-date').getAttribute('data-due');
  const figure = (page: Page, key: string) => page.locator(`[data-figure="${key}"] dd`).innerText();
  const cell = (page: Page, date: string) => page.locator(`td[data-date="${date}"]`);

  describe('on a phone (390 px wide)', () => {
    it('never scrolls sideways: the form, a stop, the result and the month view fit the screen', async () => {
      const page = await open('', { width: 390, height: 844 });
      const pageWidth = () => page.evaluate('document.documentElement.scrollWidth');
      await expect(pageWidth()).resolves.toBe(390);
      await page.check('input[name="policy"][value="cn.nmpa.drug.ind"]');
      await page.fill('#start', '2025-09-26');
      await page.click('#add-stop');
      await page.fill('#stop-1-from', '2025-10-20');
      await page.fill('#stop-1-to', '2025-11-03');
      await expect(dueOf(page)).resolves.toBe('2026-01-12');
      await expect(page.locator('#month-table').isVisible()).resolves.toBe(true);
      await expect(pageWidth()).resolves.toBe(390);
      // The “Next year's holidays” panel open, with a pasted notice and the long message refusing it.
      await page.click('#schedules-panel summary');
      await page.fill('#notice-text', NOTICE_2026);
      await page.click('#notice-add');
      await expect(page.locator('#schedules-error .error').getAttribute('data-error-code')).resolves.toBe('invalid_schedule');
      await expect(page.locator('#notice-text').isVisible()).resolves.toBe(true);
      await expect(pageWidth()).resolves.toBe(390);
      await page.screenshot({ path: new URL('playground-phone-schedules.png', SCREENSHOT_DIR).pathname, fullPage: true });
      await page.close();
    });
  });

  describe('a user picks a policy, a start date and a stop', () => {
    let page: Page;
    beforeAll(async () => {
      page = await open();
    });

    it('shows what to do before anything is chosen, and the script ran from file://', async () => {
      await expect(page.locator('#result').innerText()).resolves.toContain('Pick a rule and enter a start date');
      await expect(page.locator('.policy').count()).resolves.toBeGreaterThan(50);
    });

    it('finds cn.nmpa.drug.ind by searching, and computes 2025-12-25 from a start on 2025-09-26', async () => {
      await page.fill('#policy-search', 'IND');
      await expect(page.locator('.policy[data-policy="cn.nmpa.device.class2.review"]').isHidden()).resolves.toBe(true);
      const item = page.locator('.policy[data-policy="cn.nmpa.drug.ind"]');
      await expect(item.innerText()).resolves.toMatch(/Drug clinical trial application \(IND\)[\s\S]*药物临床试验[\s\S]*60 working days[\s\S]*cited/);
      await page.check('input[name="policy"][value="cn.nmpa.drug.ind"]');
      await page.fill('#start', '2025-09-26');
      // Day 0 is Fri 26 Sep. Counted: 28 Sep (Sun, made a working day), 29–30 Sep (2), 9–10 Oct, 11 Oct (Sat, made a
      // working day) = 6; then 54 weekdays (no holiday) from Mon 13 Oct: 13 Oct … 25 Dec is 11 weeks minus one day.
      expect(referenceAdd('2025-09-26', 60)).toBe('2025-12-25');
      await expect(dueOf(page)).resolves.toBe('2025-12-25');
      await expect(page.locator('#due-date').innerText()).resolves.toContain('Thursday, 25 December 2025');
      await expect(figure(page, 'counted')).resolves.toBe('60 working days');
      await expect(figure(page, 'consequence')).resolves.toContain('Implied approval');
    });

    // The stop: the supplement notice on Mon 20 Oct 2025, materials received Mon 3 Nov. The IND does not count the
    // day the clock stops, so not counted: 20–24 Oct (5), 27–31 Oct (5), 3 Nov (1) = 11. Counted before it:
    // 28 Sep, 29–30 Sep, 9–11 Oct, 13–17 Oct = 11; the other 49 run from 4 Nov.
    const stopped = referenceCount('2025-10-19', '2025-11-03');
    const countedBeforeStop = referenceCount('2025-09-26', '2025-10-19');
    // 49 working days after 3 Nov: 4–28 Nov (19), 1–31 Dec (23) = 42, Jan: 1–3 holiday, 4 (Sun, made a working
    // day) = 43, 5–9 Jan = 48, Mon 12 Jan = 49 → Mon 12 Jan 2026 (Fri 9 Jan if the stop day counted).
    const dueWithStop = referenceAdd('2025-11-03', 60 - countedBeforeStop);

    it('moves the due date by the working days a stop leaves out', async () => {
      expect([stopped, countedBeforeStop, dueWithStop]).toEqual([11, 11, '2026-01-12']);
      await page.click('#add-stop');
      await expect(page.evaluate('document.activeElement && document.activeElement.id')).resolves.toBe('stop-1-from');
      await page.fill('#stop-1-from', '2025-10-20');
      // An open stop (no end yet): the clock is stopped, so there is no due date.
      await expect(page.locator('#due-date').innerText()).resolves.toContain('Clock stopped');
      await expect(dueOf(page)).resolves.toBe('');
      await page.fill('#stop-1-to', '2025-11-03');
      const reasons = await page.locator('#stop-1-reason option').allInnerTexts();
      expect(reasons).toContain('Sponsor supplements materials after CDE issues a supplement notice (发补)');
      await page.selectOption('#stop-1-reason', 'sponsor-supplement');
      await expect(dueOf(page)).resolves.toBe(dueWithStop);
      await expect(page.locator('#due-date').innerText()).resolves.toContain('Monday, 12 January 2026');
      await expect(figure(page, 'stopped')).resolves.toBe(`${stopped} working days`);
      // The other reading of the stop day, chosen in the form: the stop day counts, so one working day earlier.
      await expect(page.locator('#stop-day option').first().innerText()).resolves.toBe('The rule’s reading: not counted');
      await page.selectOption('#stop-day', 'counted');
      await expect(dueOf(page)).resolves.toBe(referenceAdd('2025-11-03', 60 - referenceCount('2025-09-26', '2025-10-20')));
      await page.selectOption('#stop-day', '');
      await expect(dueOf(page)).resolves.toBe(dueWithStop);
    });

    it('explains the count and marks it in a month view, with navigation between months', async () => {
      const explanation = await page.locator('#explanation').innerText();
      expect(explanation).toContain('Day 0: 2025-09-26 (Fri)');
      expect(explanation).toContain('Sponsor supplements materials');
      expect(explanation).toContain(`Due: ${dueWithStop} (Mon), the 60th counted working day.`);
      expect(explanation).toContain('The other reading (counted) gives 2026-01-09 (Fri).');

      // The month of the due date is shown first: 1–3 Jan are New Year holidays, Sun 4 Jan is a make-up working day.
      await expect(page.locator('#month-table caption').innerText()).resolves.toBe('January 2026');
      await expect(cell(page, '2026-01-12').getAttribute('class')).resolves.toContain('mark-due');
      await expect(cell(page, '2026-01-12').innerText()).resolves.toContain('Due · Day 60');
      await expect(cell(page, '2026-01-01').getAttribute('class')).resolves.toContain('holiday');
      await expect(cell(page, '2026-01-01').innerText()).resolves.toContain("New Year's Day");
      await expect(cell(page, '2026-01-04').innerText()).resolves.toContain('Make-up working day');
      await expect(cell(page, '2026-01-10').getAttribute('class')).resolves.toContain('weekend');

      await page.click('#prev-month');
      await expect(page.locator('#month-table caption').innerText()).resolves.toBe('December 2025');
      // Keyboard users keep their place: focus stays on the button.
      await expect(page.evaluate('document.activeElement && document.activeElement.id')).resolves.toBe('prev-month');
      const day25 = countedBeforeStop + referenceCount('2025-11-03', '2025-12-25');
      await expect(cell(page, '2025-12-25').innerText()).resolves.toContain(`Day ${day25}`);

      await page.click('#month-start');
      await expect(page.locator('#month-table caption').innerText()).resolves.toBe('September 2025');
      await expect(cell(page, '2025-09-26').innerText()).resolves.toContain('Day 0');
      await expect(cell(page, '2025-09-28').innerText()).resolves.toMatch(/Make-up working day[\s\S]*Day 1/);
      await page.click('#next-month');
      await expect(page.locator('#month-table caption').innerText()).resolves.toBe('October 2025');
      await expect(cell(page, '2025-10-01').innerText()).resolves.toContain('National Day');
      await expect(cell(page, '2025-10-11').innerText()).resolves.toContain('Make-up working day');
      await expect(cell(page, '2025-10-17').innerText()).resolves.toContain('Day 11');
      await expect(cell(page, '2025-10-20').innerText()).resolves.toMatch(/Clock stops[\s\S]*Stopped|Stopped[\s\S]*Clock stops/);
      await expect(cell(page, '2025-10-20').innerText()).resolves.not.toContain('Day 12');
      await expect(cell(page, '2025-10-21').innerText()).resolves.toContain('Stopped');
      await expect(cell(page, '2025-10-25').innerText()).resolves.not.toContain('Stopped'); // a Saturday: nothing to stop
    });

    it('says where the deadline stands on an "as of" date', async () => {
      await page.fill('#as-of', '2025-11-20');
      const used = countedBeforeStop + referenceCount('2025-11-03', '2025-11-20'); // 11 + 13 (4–7, 10–14, 17–20 Nov)
      expect(used).toBe(24);
      await expect(figure(page, 'status')).resolves.toBe('Running');
      await expect(figure(page, 'elapsed')).resolves.toBe(`${used} working days`);
      await expect(figure(page, 'left')).resolves.toBe(`${60 - used} working days`);
      await page.screenshot({ path: new URL('playground.png', SCREENSHOT_DIR).pathname, fullPage: true });
    });

    it('renders a refused input as a readable message with its error code, not a blank page', async () => {
      await page.click('#add-stop');
      await page.fill('#stop-2-from', '2025-09-01'); // before the start
      const error = page.locator('#result .error[role="alert"]');
      await expect(error.getAttribute('data-error-code')).resolves.toBe('inconsistent_input');
      await expect(error.innerText()).resolves.toMatch(/This cannot be computed[\s\S]*2025-09-01[\s\S]*inconsistent_input/);
      // The form is still there, and removing the bad stop brings the answer back.
      await page.click('text=Remove stop 2');
      await expect(dueOf(page)).resolves.toBe(dueWithStop);
    });

    it('speaks Chinese, keeping the month shown', async () => {
      await page.click('#month-start');
      await page.click('#next-month');
      await page.check('#lang-zh');
      await expect(page.locator('#due-date').innerText()).resolves.toContain('2026年1月12日 星期一');
      await expect(page.locator('#explanation').innerText()).resolves.toContain('届满日：2026年1月12日（星期一）');
      await expect(page.locator('#month-table caption').innerText()).resolves.toBe('2025年10月');
      await expect(cell(page, '2025-10-01').innerText()).resolves.toContain('国庆节');
      await page.screenshot({ path: new URL('playground-zh.png', SCREENSHOT_DIR).pathname, fullPage: true });
      await page.close();
    });
  });

  describe('a stop reason the rule does not name (from a link)', () => {
    it('is shown and refused with its code, never turned into a plain pause', async () => {
      const page = await open('#policy=cn.nmpa.drug.nda&start=2025-03-03&stop=2025-06-16..2025-08-29:sponsor-suplement');
      const error = page.locator('#result .error[role="alert"]');
      await expect(error.getAttribute('data-error-code')).resolves.toBe('unknown_stop_reason');
      await expect(error.innerText()).resolves.toContain('sponsor-supplement');
      await expect(error.locator('.error-fix').innerText()).resolves.toContain('under Clock stops');
      await expect(page.locator('#stop-1-reason').inputValue()).resolves.toBe('sponsor-suplement');
      // Without a reason it is a plain pause, with a warning box: on an NDA a supplement would extend the limit.
      await page.selectOption('#stop-1-reason', '');
      await expect(page.locator('[data-warning="stop-without-reason"]').innerText()).resolves.toContain('no reason');
      await page.selectOption('#stop-1-reason', 'sponsor-supplement');
      await expect(page.locator('[data-warning="stop-without-reason"]').count()).resolves.toBe(0);
      await expect(dueOf(page)).resolves.toBe('2026-06-18'); // the audit's NDA, the notice day not counted
      await page.close();
    });
  });

  describe('a stop reason the rule does not name (after changing the rule)', () => {
    it('is refused with a fix naming the stop and its “Reason” list', async () => {
      const page = await open('#policy=cn.nmpa.drug.ind&start=2025-09-26&stop=2025-10-20..2025-11-03:sponsor-supplement');
      await expect(dueOf(page)).resolves.toBe('2026-01-12'); // as derived above for the IND
      // A device review does not name "sponsor-supplement" (its supplement reason is "supplement"): kept and refused.
      await page.fill('#policy-search', 'class2');
      await page.check('input[name="policy"][value="cn.nmpa.device.class2.review"]');
      const error = page.locator('#result .error[role="alert"]');
      await expect(error.getAttribute('data-error-code')).resolves.toBe('unknown_stop_reason');
      await expect(error.locator('.error-message').innerText()).resolves.toContain('"sponsor-supplement"');
      const reasonLabel = await page.locator('label[for="stop-1-reason"]').innerText();
      const fix = await error.locator('.error-fix').innerText();
      expect(fix).toContain(`“${reasonLabel}” list of Stop 1`);
      await expect(page.locator('#stop-1-reason').inputValue()).resolves.toBe('sponsor-supplement');
      await page.selectOption('#stop-1-reason', 'supplement');
      await expect(page.locator('#result .error').count()).resolves.toBe(0);
      await expect(dueOf(page)).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await page.close();
    });
  });

  describe('next year’s holidays (the panel)', () => {
    const panelError = (page: Page) => page.locator('#schedules-error .error[role="alert"]');
    /** The panel's error box once it shows `code` (a file is read asynchronously: wait for its own box, not the last one). */
    async function panelErrorWith(page: Page, code: string) {
      const box = page.locator(`#schedules-error .error[role="alert"][data-error-code="${code}"], #schedules-error .error[role="alert"][data-issue-code="${code}"]`);
      await box.waitFor();
      return box;
    }

    it('reads the 2026 notice pasted from the reference, and says 2026 is already in the calendar', async () => {
      expect(NOTICE_2026).toMatch(/^https:\/\/www\.gov\.cn\/[\s\S]*七、国庆节/);
      const page = await open();
      await page.click('#schedules-panel summary');
      await expect(page.locator('#schedules-intro').innerText()).resolves.toContain('2004–2026');
      await page.fill('#notice-text', NOTICE_2026);
      await page.click('#notice-add');
      const error = panelError(page);
      // The notice was read (a 2026 schedule), and withSchedules refuses a year the calendar has.
      await expect(error.getAttribute('data-error-code')).resolves.toBe('invalid_schedule');
      await expect(error.getAttribute('data-issue-code')).resolves.toBe('year_covered');
      await expect(error.locator('.error-message').innerText()).resolves.toMatch(/^Details: withSchedules: the pasted notice: invalid schedule: year: 2026 is already covered by the CN calendar/);
      await expect(error.locator('.error-fix').innerText()).resolves.toContain('already in the page’s calendar');
      await expect(error.locator('.error-code').innerText()).resolves.toContain('invalid_schedule');
      await expect(page.locator('#schedules-list li').count()).resolves.toBe(0);
      await expect(page.locator('#schedules-empty').isVisible()).resolves.toBe(true);
      await expect(page.locator('#notice-text').inputValue()).resolves.toBe(NOTICE_2026); // kept, to be corrected
      await page.close();
    });

    it('shows the library’s error for a malformed notice, with a fix naming the text box and its button', async () => {
      const page = await open();
      await page.click('#schedules-panel summary');
      const boxLabel = await page.locator('label[for="notice-text"]').innerText();
      const button = await page.locator('#notice-add').innerText();
      // 1 January 2026 is a Thursday (周四); the notice says 周五.
      await page.fill('#notice-text', NOTICE_2026.replace('1月1日（周四）', '1月1日（周五）'));
      await page.click('#notice-add');
      const error = panelError(page);
      await expect(error.getAttribute('data-error-code')).resolves.toBe('invalid_notice');
      await expect(error.locator('.error-message').innerText()).resolves.toContain('2026-01-01 is a Thursday, not 周五');
      const fix = await error.locator('.error-fix').innerText();
      expect(fix).toContain(`“${boxLabel}”`);
      expect(fix).toContain(`“${button}”`);
      // Text that is not a notice at all.
      await page.fill('#notice-text', 'Hello, this is not a notice.');
      await page.click('#notice-add');
      await expect(error.getAttribute('data-error-code')).resolves.toBe('invalid_notice');
      await expect(error.locator('.error-message').innerText()).resolves.toContain('no sentence that sets rest days or working days');
      // In Chinese, the fix names the Chinese labels.
      await page.check('#lang-zh');
      const boxLabelZh = await page.locator('label[for="notice-text"]').innerText();
      expect(boxLabelZh).toBe('粘贴国务院放假通知');
      await expect(error.locator('.error-fix').innerText()).resolves.toContain(`“${boxLabelZh}”`);
      await page.close();
    });

    it('refuses a malformed schedule file with the fix pointing to the file control', async () => {
      const page = await open();
      await page.click('#schedules-panel summary');
      const fileLabel = await page.locator('label[for="schedule-file"]').innerText();

      await page.setInputFiles('#schedule-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ "year": 2027, ') });
      let error = await panelErrorWith(page, 'invalid_argument');
      await expect(error.locator('.error-message').innerText()).resolves.toContain('the file “broken.json” is not JSON');
      await expect(error.locator('.error-fix').innerText()).resolves.toContain(`“${fileLabel}”`);

      // JSON, but 3 February 2027 is a Wednesday: not a make-up working day (parseHolidaySchedule).
      const weekday = { year: 2027, source: { title: 'test', url: '' }, holidays: [], makeupWorkdays: ['2027-02-03'] };
      await page.setInputFiles('#schedule-file', { name: 'weekday.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([weekday])) });
      error = await panelErrorWith(page, 'invalid_schedule');
      await expect(error.locator('.error-message').innerText()).resolves.toContain(
        'the file “weekday.json”: invalid schedule: 0.makeupWorkdays.0: make-up working day 2027-02-03 is not a Saturday or Sunday',
      );
      await expect(error.locator('.error-fix').innerText()).resolves.toContain(`“${fileLabel}”`);

      // A valid 2028 schedule, but 2027 is missing in between (withSchedules: year_gap).
      const y2028 = { year: 2028, source: { title: 'test', url: '' }, holidays: [], makeupWorkdays: [] };
      await page.setInputFiles('#schedule-file', { name: 'y2028.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(y2028)) });
      error = await panelErrorWith(page, 'year_gap');
      await expect(error.getAttribute('data-error-code')).resolves.toBe('invalid_schedule');
      await expect(error.locator('.error-message').innerText()).resolves.toContain('2028 would leave 2027 uncovered');
      await expect(error.locator('.error-fix').innerText()).resolves.toContain('Add the years in order');
      await expect(page.locator('#schedules-list li').count()).resolves.toBe(0);
      await page.close();
    });

    it('adds a 2027 schedule file (a labelled test fixture): a provisional answer becomes exact, shown and kept', async () => {
      // 60 working days after Fri 20 Nov 2026 (IND). Through 2026: 23–27 Nov, 30 Nov (6), 1–31 Dec (23) = 29.
      // On the fixture: Jan 1–3 rest; 4–29 Jan (20) = 49; Sun 31 Jan made a working day = 50; 1–4 Feb = 54;
      // 5–13 Feb rest; 15–19 Feb = 59; Sat 20 Feb made a working day = 60 → Sat 2027-02-20.
      const through2026 = referenceCount('2026-11-20', '2026-12-31');
      expect(through2026).toBe(29);
      const due = fixtureWorkingDay2027(60 - through2026);
      expect(due).toBe('2027-02-20');

      const page = await open('#policy=cn.nmpa.drug.ind&start=2026-11-20&project=1');
      await expect(page.locator('[data-warning="provisional"]').count()).resolves.toBe(1);
      await page.click('#schedules-panel summary');
      await page.setInputFiles('#schedule-file', FIXTURE_2027_PATH);
      const entry = page.locator('#schedules-list .added-entry');
      await expect(entry.getAttribute('data-years')).resolves.toBe('2027');
      await expect(page.locator('#schedules-error .error').count()).resolves.toBe(0);
      await expect(page.locator('#schedules-status').innerText()).resolves.toBe(
        'Added 2027: every computation on the page now counts on it. The answer shown is no longer provisional: it is counted on the added schedule.',
      );
      // What was added: the year, its source, its rest days and make-up working days.
      const shown = await entry.innerText();
      expect(shown).toContain('from the file “test-schedule-2027.json”');
      expect(shown).toContain('2027 · Mainland China (CN)');
      expect(shown).toContain('TEST FIXTURE: invented 2027 schedule, not a State Council notice');
      expect(shown).toContain('Spring Festival (test): 2027-02-05 (Fri) – 2027-02-13 (Sat), 9 days');
      expect(shown).toMatch(/Make-up working days[\s\S]*2027-01-31 \(Sun\)[\s\S]*2027-02-20 \(Sat\)/);
      await expect(page.locator('#schedules-summary-added').innerText()).resolves.toBe('(added: 2027)');

      // The answer: exact, on the added schedule, and said so.
      await expect(page.locator('[data-warning="provisional"]').count()).resolves.toBe(0);
      await expect(page.locator('[data-figure="due-range"]').count()).resolves.toBe(0);
      await expect(dueOf(page)).resolves.toBe(due);
      await expect(page.locator('#due-date').innerText()).resolves.toContain('Saturday, 20 February 2027');
      await expect(page.locator('[data-note="added-schedule"]').innerText()).resolves.toContain('The days of 2027 come from the schedule added');
      await expect(cell(page, '2027-02-20').innerText()).resolves.toMatch(/Make-up working day[\s\S]*Due · Day 60/);
      await expect(cell(page, '2027-02-05').innerText()).resolves.toContain('Spring Festival (test)');
      await page.screenshot({ path: new URL('playground-schedules.png', SCREENSHOT_DIR).pathname, fullPage: true });
      // Without projection too: 2027 is covered now.
      await page.uncheck('#project');
      await expect(page.locator('#result .error').count()).resolves.toBe(0);
      await expect(dueOf(page)).resolves.toBe(due);

      // In Chinese: the panel and the month view.
      await page.check('#lang-zh');
      await expect(entry.innerText()).resolves.toContain('春节（测试）：2027-02-05（周五）至2027-02-13（周六），共9天');
      await expect(page.locator('#schedules-status').innerText()).resolves.toContain('已添加 2027');
      await expect(cell(page, '2027-02-05').innerText()).resolves.toContain('春节（测试）');
      await page.check('#lang-en');

      // The same year again is refused: remove it first.
      await page.setInputFiles('#schedule-file', FIXTURE_2027_PATH);
      const again = await panelErrorWith(page, 'invalid_argument');
      await expect(again.locator('.error-message').innerText()).resolves.toContain('2027 (CN) is already added');
      await expect(again.locator('.error-fix').innerText()).resolves.toContain('remove it first');
      await expect(page.locator('#schedules-list .added-entry').count()).resolves.toBe(1);

      // Kept in this browser: a reload counts on it still.
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      await expect(dueOf(page)).resolves.toBe(due);
      await expect(page.locator('#schedules-summary-added').innerText()).resolves.toBe('(added: 2027)');

      // Removed: 2027 is past the calendar again, and the fix says where to add it.
      await page.click('#schedules-panel summary');
      await page.click('text=Remove 2027');
      await expect(page.locator('#schedules-list li').count()).resolves.toBe(0);
      await expect(page.locator('#schedules-status').innerText()).resolves.toBe('Removed 2027.');
      await expect(page.locator('#result .error').getAttribute('data-error-code')).resolves.toBe('calendar_out_of_range');
      const summary = await page.locator('#schedules-panel summary [data-i18n="schedulesSummary"]').innerText();
      await expect(page.locator('#result .error-fix').innerText()).resolves.toContain(`“${summary}”`);
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      await expect(page.locator('#schedules-summary-added').innerText()).resolves.toBe('');
      await page.close();
    });

    it('reads back what this browser kept as untrusted input: a tampered value is refused, said, and cleared', async () => {
      const page = await open('#policy=cn.nmpa.drug.ind&start=2026-11-20');
      // A saved 2027 whose make-up day is a Wednesday (as if edited by hand or by another page of this origin).
      const tampered = [{ origin: 'file', label: 'x.json', warnings: [], amends: false, schedules: [{ index: null, schedule: { year: 2027, source: { title: 't', url: '' }, holidays: [], makeupWorkdays: ['2027-02-03'] } }] }];
      await page.evaluate(`localStorage.setItem('reviewclock-playground:added-schedules:v1', ${JSON.stringify(JSON.stringify(tampered))})`);
      await page.reload();
      await page.waitForSelector('body[data-ready="true"]');
      await expect(page.locator('#schedules-panel').getAttribute('open')).resolves.toBe('');
      const error = panelError(page);
      await expect(error.getAttribute('data-error-code')).resolves.toBe('invalid_argument');
      await expect(error.locator('.error-message').innerText()).resolves.toContain('is not a Saturday or Sunday');
      await expect(error.locator('.error-fix').innerText()).resolves.toContain('could not be read back');
      await expect(page.locator('#schedules-list li').count()).resolves.toBe(0);
      await expect(page.locator('#result .error').getAttribute('data-error-code')).resolves.toBe('calendar_out_of_range');
      await expect(page.evaluate(`localStorage.getItem('reviewclock-playground:added-schedules:v1')`)).resolves.toBeNull();
      await page.close();
    });
  });

  describe('a case opened from a link (#fragment)', () => {
    let page: Page;
    beforeAll(async () => {
      page = await open('#policy=cn.nmpa.drug.ind&start=2027-03-01');
    });

    it('refuses a start past the published calendar, and marks a projected answer provisional', async () => {
      await expect(page.locator('input[name="policy"][value="cn.nmpa.drug.ind"]').isChecked()).resolves.toBe(true);
      const error = page.locator('#result .error[role="alert"]');
      await expect(error.getAttribute('data-error-code')).resolves.toBe('calendar_out_of_range');
      await expect(error.innerText()).resolves.toContain('2027');
      // What to do points to the page's own checkbox, not to library calls; the library's message follows as details.
      const label = await page.locator('label[for="project"]').innerText();
      await expect(error.locator('.error-fix').innerText()).resolves.toContain(`“${label}”`);
      await expect(error.locator('.error-message').innerText()).resolves.toMatch(/^Details: /);
      await page.check('#project');
      await expect(page.locator('#result .error').count()).resolves.toBe(0);
      await expect(dueOf(page)).resolves.toMatch(/^2027-05-/); // 60 working days after 1 March: in May on any reading
      await expect(page.locator('[data-warning="provisional"]').innerText()).resolves.toContain('Provisional');
      // The range of due dates over every arrangement the rules allow is shown with the most likely date.
      await expect(page.locator('[data-figure="due-range"] dd').innerText()).resolves.toMatch(/2027-05-\d\d/);
      await page.uncheck('#project');
    });

    it('warns when the rule is unverified, and refuses a start before the rule was in force', async () => {
      await page.check('input[name="policy"][value="cn.nmpa.drug.approval-decision"]');
      await page.fill('#start', '2025-03-03');
      await expect(page.locator('[data-warning="unverified"]').innerText()).resolves.toContain('Unverified rule');
      await page.fill('#start', '2007-09-28'); // before the 2007 drug registration rules, the earliest in the catalog
      await expect(page.locator('#result .error').getAttribute('data-error-code')).resolves.toBe('policy_not_in_force');
      await expect(page.locator('#result .error-fix').innerText()).resolves.toContain('change the start date');
    });

    it('counts a Hong Kong policy on Hong Kong days', async () => {
      await page.fill('#start', '2025-12-19');
      await page.fill('#policy-search', 'hk.dh.drug');
      await page.check('input[name="policy"][value="hk.dh.drug.nce-1plus"]');
      await expect(dueOf(page)).resolves.toMatch(/^2026-/);
      await page.click('#month-start');
      await expect(cell(page, '2025-12-25').innerText()).resolves.toContain('Christmas Day');
      await expect(cell(page, '2025-12-26').getAttribute('class')).resolves.toContain('holiday'); // the first weekday after Christmas
      await page.close();
    });
  });

  it('works with the keyboard alone', async () => {
    const page = await open();
    await page.focus('#policy-search');
    await page.keyboard.insertText('implied approval IND');
    await page.keyboard.press('Tab'); // into the list of rules: the first one shown
    await page.keyboard.press('Space');
    const chosen = await page.evaluate('document.activeElement && document.activeElement.value');
    expect(chosen).toMatch(/^cn\.nmpa\.drug\.ind/);
    await page.focus('#start');
    await page.keyboard.type('09262025'); // Chromium's date field takes the digits in the locale's order (en-US here)
    await expect(page.locator('#start').inputValue()).resolves.toBe('2025-09-26');
    await expect(dueOf(page)).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.close();
  });

  it('raised no error in the page', () => {
    expect(pageErrors).toEqual([]);
    console.log(`playground e2e: bundle built and Chromium started in ${setupMs} ms`);
  });
});
