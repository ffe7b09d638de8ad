import { describe, expect, it } from 'vitest';
import { documentedReport, report, runBacktest } from '../../../scripts/projection-backtest.js';

describe('docs/calendar-projection.md', () => {
  it('holds what scripts/projection-backtest.ts measures now, and the targets are met', { timeout: 120_000 }, () => {
    const results = runBacktest();
    expect(documentedReport()).toBe(report(results));
    // The targets for the years under the published principles: every published due date inside its range, at least
    // 95% exactly right, and a mean range of at most 2 calendar days.
    for (const year of results.cn.filter((row) => row.year >= 2025)) {
      for (const d of year.deadlines) {
        expect(d.inRange, `${year.year}, ${d.days} working days`).toBe(d.starts);
        expect(d.exact / d.starts).toBeGreaterThanOrEqual(0.95);
        expect(d.meanRange).toBeLessThanOrEqual(2);
      }
    }
    // Every year reports every deadline, on about a year of start dates (except HK 2016, the first year of HK: no start
    // before it, so only the deadlines that start and end within 2016).
    for (const year of [...results.cn, ...results.hk.slice(1)]) for (const d of year.deadlines) expect(d.starts).toBeGreaterThan(300);
  });
});
