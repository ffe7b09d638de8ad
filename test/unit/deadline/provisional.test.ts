import { describe, expect, it } from 'vitest';
import { CN, dueDate, explain, projectCalendar, withOverrides } from '../../../src/index.js';

// Deadlines that run past the published calendar: the exact part stays exact, the due date is the most likely
// candidate with the range over every candidate. Each expected value is counted by hand below.
const projected = projectCalendar(CN, { through: 2028 });

describe('dueDate on a projected calendar', () => {
  it('keeps the days used and left exact while asOf is published (IND accepted 2026-11-20)', () => {
    // Fri 2026-11-20 is day 0. Published working days up to Wed 2 Dec: 23–27 Nov (5), 30 Nov, 1, 2 Dec (8): 8 used,
    // 52 left. On to the 60th: 3–4 Dec (10), 7–11 (15), 14–18 (20), 21–25 (25), 28–31 (29); 2027, projected: New Year
    // Fri–Sun 1–3 Jan; 4–8 Jan (34), 11–15 (39), 18–22 (44), 25–29 (49); Spring Festival 5–12 Feb with two make-up
    // days among Sat/Sun 30–31 Jan and 13–14 Feb; 1–4 Feb are worked in any case. Every arrangement has 55 working
    // days counted by Sun 14 Feb (49 + 4 weekdays + 2 make-up days), so the 60th is Fri 19 Feb in all of them.
    const ind = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2026-11-20', asOf: '2026-12-02', calendar: projected });
    expect(ind).toMatchObject({
      due: '2027-02-19',
      dueRange: { earliest: '2027-02-19', latest: '2027-02-19' },
      status: 'running',
      elapsedDays: 8,
      remainingDays: 52,
      provisional: true,
      provisionalFields: ['due'],
    });
    expect(explain(ind)).toContain('Exact: where the deadline stands on 2026-12-02');
    expect(explain(ind, { lang: 'zh' })).toContain('届满日为推算结果：最可能为2027年2月19日');
  });

  it('gives the range over the arrangements when the due date can fall before or after a holiday', () => {
    // 2025 projected as if unpublished; the 30-working-day channel from Tue 2024-12-17. Published 2024 days: 18–20
    // Dec (3), 23–27 (8), 30–31 (10). Projected 2025: New Year is a Wednesday, 1 Jan only; 2–3 Jan (12), 6–10 (17),
    // 13–17 (22), 20–24 (27). Spring Festival rests 28 Jan – 4 Feb and works two of Sat 25, Sun 26 Jan, Sat 8, Sun 9 Feb:
    // - Sun 26 Jan and Sat 8 Feb (the most likely): 26 (28), Mon 27 (29), then Wed 5 Feb (30);
    // - both before, 25 and 26 Jan: 25 (28), 26 (29), Mon 27 Jan (30) — the earliest;
    // - both after, 8 and 9 Feb: Mon 27 Jan (28), 5 Feb (29), Thu 6 Feb (30) — the latest.
    const backtest = projectCalendar(CN, { from: 2025, through: 2025 });
    const result = dueDate({ policy: 'cn.nmpa.drug.ind.innovative-30', start: '2024-12-17', calendar: backtest });
    expect(result).toMatchObject({ due: '2025-02-05', dueRange: { earliest: '2025-01-27', latest: '2025-02-06' }, provisionalFields: ['due'] });
    // The published 2025 notice (26 Jan and 8 Feb worked) gives the most likely date.
    expect(dueDate({ policy: 'cn.nmpa.drug.ind.innovative-30', start: '2024-12-17' }).due).toBe('2025-02-05');
    expect(explain(result)).toContain('a due date from 2025-01-27 (Mon) to 2025-02-06 (Thu)');
  });

  it('marks the status provisional once asOf is projected', () => {
    const result = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2026-11-20', asOf: '2027-01-15', calendar: projected });
    expect(result.provisionalFields).toEqual(['due', 'status', 'elapsedDays', 'remainingDays']);
    // Before the start nothing depends on the calendar yet.
    const early = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2026-11-20', asOf: '2026-11-01', calendar: projected });
    expect(early.provisionalFields).toEqual(['due']);
  });

  it('says which fields an open stop leaves exact', () => {
    // Stopped since 2026-12-10 (a published day): the days used before it are exact, the due date is unknown.
    const result = dueDate({ policy: 'cn.nmpa.drug.nda', start: '2026-11-20', stops: [{ from: '2026-12-10' }], asOf: '2027-01-20', calendar: projected });
    expect(result).toMatchObject({ due: null, dueRange: null, status: 'stopped' });
    expect(result.provisionalFields).toEqual(['stoppedDays']);
  });

  it('is exact, with no range, when nothing it depends on is projected', () => {
    const result = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2026-06-01', calendar: projected });
    expect(result).toMatchObject({ provisional: false, provisionalFields: [], dueRange: null });
    // A period counted back from a projected day whose own last day is published is exact too: 30 calendar days
    // before Wed 2027-01-20 is Mon 2026-12-21, a working day.
    const filing = dueDate({ policy: 'cn.law.admin-licensing.renewal.filing', start: '2027-01-20', calendar: projected });
    expect(filing).toMatchObject({ due: '2026-12-21', provisional: false, dueRange: null });
  });

  it('keeps a range after overrides fix some projected days', () => {
    // Closing Sun 2025-01-26 leaves the arrangements that worked it one working day short: the block is unbalanced
    // and is evaluated as such. With 26 Jan closed: most likely 27 Jan (28), 5 Feb (29), 6 Feb (30); with 25 Jan
    // worked too: 25 (28), 27 (29), 5 Feb (30).
    const closed = withOverrides(projectCalendar(CN, { from: 2025, through: 2025 }), { closed: ['2025-01-26'] });
    const result = dueDate({ policy: 'cn.nmpa.drug.ind.innovative-30', start: '2024-12-17', calendar: closed });
    expect(result).toMatchObject({ due: '2025-02-06', dueRange: { earliest: '2025-02-05', latest: '2025-02-06' } });
  });
});

describe('candidates through combinations and added schedules', () => {
  it('reads the candidates of a projected member through the other members', async () => {
    const { HK } = await import('../../../src/hk.js');
    const { combineCalendars } = await import('../../../src/index.js');
    const both = combineCalendars([projectCalendar(CN, { from: 2025, through: 2025 }), HK]);
    // Hong Kong rests on every Saturday and Sunday, so the mainland's make-up weekend days never work on CN+HK: the
    // Spring Festival and National Day arrangements, which differ only in those days, are all the same there. Labour
    // Day's arrangements also move weekday rest days (5 days from 30 April or from 1 May), so that block stays.
    expect((both.definition.candidates ?? []).map((b) => b.label)).toEqual(['2025 Labour Day (劳动节)']);
    // By hand on CN+HK from Tue 2024-12-17: 18–20 Dec (3), 23–24 (5), 25–26 Dec are Hong Kong holidays, 27 (6),
    // 30–31 (8), 1 Jan a holiday in both, 2–3 (10), 6–10 (15), 13–17 (20), 20–24 (25), Sat/Sun 25–26 Jan rest in Hong
    // Kong, Mon 27 (26), 28 Jan – 4 Feb the mainland holiday (29–31 Jan Hong Kong's too), 5–7 Feb (29), Mon 10 Feb (30).
    const result = dueDate({ policy: 'cn.nmpa.drug.ind.innovative-30', start: '2024-12-17', calendar: both });
    expect(result).toMatchObject({ calendar: 'CN+HK', due: '2025-02-10', dueRange: { earliest: '2025-02-10', latest: '2025-02-10' } });
  });

  it('drops the candidates of a year once its schedule is added, and keeps the others', async () => {
    const { withSchedules } = await import('../../../src/index.js');
    const projected2025 = projectCalendar(CN, { from: 2025, through: 2026 });
    const published2025 = CN.definition.schedules!.filter((s) => s.year === 2025);
    const added = withSchedules(projected2025, published2025, { replace: true });
    const labels = (added.definition.candidates ?? []).map((b) => b.label);
    expect(labels.some((label) => label.startsWith('2025'))).toBe(false);
    expect(labels.some((label) => label.startsWith('2026'))).toBe(true);
    // 2025 is published again: the innovative-30 example is exact, on the notice's days.
    expect(dueDate({ policy: 'cn.nmpa.drug.ind.innovative-30', start: '2024-12-17', calendar: added })).toMatchObject({ due: '2025-02-05', dueRange: null, provisional: false });
  });

  it('keeps overrides of a combination when it is projected', async () => {
    const { HK } = await import('../../../src/hk.js');
    const { combineCalendars, isWorkingDay } = await import('../../../src/index.js');
    const closed = withOverrides(combineCalendars([CN, HK]), { closed: ['2026-06-01'] });
    const projectedBoth = projectCalendar(closed, { through: 2027 });
    expect(isWorkingDay('2026-06-01', { calendar: projectedBoth })).toBe(false);
    expect(projectedBoth.coverage.to).toBe('2027-12-31');
    expect(isWorkingDay('2027-10-01', { calendar: projectedBoth })).toBe(false);
  });
});

describe('explain on a projected Hong Kong calendar', () => {
  it('names the Ordinance, not the mainland principles', async () => {
    const { HK } = await import('../../../src/hk.js');
    const result = dueDate({ policy: 'hk.dh.drug.nce-1plus', start: '2026-11-02', calendar: projectCalendar(HK) });
    // The Ordinance fixes every day: one arrangement, so the range is the due date itself.
    expect(result.dueRange).toEqual({ earliest: result.due, latest: result.due });
    expect(explain(result)).toContain("projected from Hong Kong's General Holidays Ordinance;");
    expect(explain(result)).not.toContain('State Council');
  });
});

describe('figures that depend on how the projected days are arranged', () => {
  it('flags the days counted before an open stop that began on a projected day', () => {
    // IND from Tue 2026-12-01, stopped since Sun 2027-01-10 (still stopped). Counted before the stop: the 22 weekdays
    // of December after the 1st, then (projected) New Year Fri–Sun 1–3 January and 4–8 January: 27. As of
    // 2026-12-20, published: 2–4, 7–11, 14–18 December, 13 used and 47 left, exact.
    const result = dueDate({ policy: 'cn.nmpa.drug.ind', start: '2026-12-01', stops: [{ from: '2027-01-10' }], asOf: '2026-12-20', calendar: projected });
    expect(result).toMatchObject({ due: null, countedDays: 27, status: 'running', elapsedDays: 13, remainingDays: 47, provisional: true });
    expect(result.provisionalFields).toContain('countedDays');
    expect(result.provisionalFields).not.toContain('elapsedDays');
  });

  it('flags the days left to a period that ends on a projected day, and gives its range', () => {
    // A DSUR due 2 months after Sat 2026-12-05: Fri 2027-02-05, in the projected Spring Festival rest (5–12 Feb), so
    // the next working day: Sun 14 Feb on the most likely arrangement, Sat 13 Feb if that is the worked day, Mon 15
    // Feb if no weekend day after the holiday is worked. The calendar days left as of 10 Dec move with it.
    const result = dueDate({ policy: 'cn.nmpa.drug.dsur', start: '2026-12-05', asOf: '2026-12-10', calendar: projected });
    expect(result).toMatchObject({ due: '2027-02-14', dueRange: { earliest: '2027-02-13', latest: '2027-02-15' } });
    expect(result.provisionalFields).toContain('remainingDays');
  });

  it('flags the limit when an extending stop applies on some arrangements only', () => {
    // Rare-disease priority review (70 working days) from 2027-09-30 with a sponsor supplement from 2028-01-13: on
    // the most likely arrangement the 70th working day is the 13th itself, so the stop comes too late; on others the
    // due date is later, the stop applies and the limit grows by a quarter (DRR Art. 87).
    const result = dueDate({
      policy: 'cn.nmpa.drug.nda.priority-rare-disease',
      start: '2027-09-30',
      stops: [{ from: '2028-01-13', to: '2028-01-29', reason: 'sponsor-supplement' }],
      stopDayCounts: true, // the stop day counts, so a stop that begins on the due date changes nothing
      calendar: projected,
    });
    expect(result.due).toBe('2028-01-13');
    expect(result.provisionalFields).toEqual(expect.arrayContaining(['due', 'limit']));
    expect(result.dueRange!.latest > '2028-01-29').toBe(true);
    expect(explain(result)).toContain('on another it may apply');
  });
});
