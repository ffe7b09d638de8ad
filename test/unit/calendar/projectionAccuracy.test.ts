import { describe, expect, it } from 'vitest';
import { documentedReport, measureProjectionAccuracy, report } from '../../../scripts/projection-accuracy.js';

describe('docs/calendar-projection.md', () => {
  it('reports what scripts/projection-accuracy.ts measures now', () => {
    const results = measureProjectionAccuracy();
    expect(documentedReport()).toBe(report(results));
    // What the docs claim in prose: exact yearly totals with days in lieu, a count error of at most 2 working days.
    const [withInLieu] = results;
    for (const year of withInLieu!.years) {
      expect(year.projectedWorkingDays).toBe(year.officialWorkingDays);
      expect(year.maxWindowError).toBeLessThanOrEqual(2);
    }
  });
});
