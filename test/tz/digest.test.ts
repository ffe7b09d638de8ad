import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, countWorkingDays, dayInfo } from '../../src/index.js';
import { FIRST, LAST, shiftDays } from '../support/referenceCalendar.js';

// Fingerprints every answer the engine gives on a fixed grid. scripts/test.mjs runs the suite under several TZ
// values, each writing its fingerprint to REVIEWCLOCK_DIGEST_FILE, and fails unless all of them are identical.
describe('time-zone independence', () => {
  it('gives a fingerprint of every dayInfo 2004–2026 and a grid of add/count answers', () => {
    const hash = createHash('sha256');
    let answers = 0;
    for (let date = FIRST; date <= LAST; date = shiftDays(date, 1)) {
      hash.update(JSON.stringify(dayInfo(date)));
      answers++;
    }
    for (let date = '2005-03-01'; date <= '2025-06-30'; date = shiftDays(date, 37)) {
      for (const days of [-250, -60, -1, 1, 30, 60, 200]) {
        hash.update(`${date}${days}${addWorkingDays(date, days)}`);
        hash.update(`${countWorkingDays(date, shiftDays(date, days))}`);
        answers += 2;
      }
    }
    const digest = hash.digest('hex');
    const file = process.env['REVIEWCLOCK_DIGEST_FILE'];
    if (file) writeFileSync(file, JSON.stringify({ tz: process.env['TZ'] ?? '', answers, digest }));
    expect(answers).toBeGreaterThan(8401);
    expect(digest).toMatch(/^[0-9a-f]{64}$/);
  });
});
