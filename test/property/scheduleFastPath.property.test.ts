import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainlyValidSchedule, safeParseHolidaySchedule, toInputIssues } from '../../src/calendar/scheduleSchema.js';
import { HolidayScheduleSchema } from '../../src/schema.js';
import { CN_SCHEDULES } from '../../src/calendar/cn/schedules.js';

// withSchedules, scheduleFromNotice and checkScheduleAgainstLaw accept a plainly valid schedule without loading zod
// (plainlyValidSchedule), and ask the zod schema about anything else. Whatever the fast path accepts, the schema must
// accept, with the same data; and the combination must answer exactly as the schema does, issues included.
const bundled = CN_SCHEDULES.map((schedule) => JSON.parse(JSON.stringify(schedule)) as Record<string, unknown>);

/** Small edits of a valid schedule, each of which may or may not keep it valid. */
const edit: fc.Arbitrary<(value: Record<string, unknown>) => unknown> = fc.oneof(
  fc.constant((v: Record<string, unknown>) => v),
  fc.constantFrom('$schema', 'notes', 'calendar', 'extra', 'year', 'source', 'holidays', 'makeupWorkdays').chain((key) =>
    fc.oneof(
      fc.constant((v: Record<string, unknown>) => {
        const { [key]: _dropped, ...rest } = v;
        return rest;
      }),
      fc
        .oneof(
          fc.constant(undefined),
          fc.constant(null),
          fc.string({ maxLength: 6 }),
          fc.constantFrom('CN', 'HK', 'cn', ' CN', 'X1', '', 'https://x', 2027, 1900, 1901, 9999, 10000, 2027.5, -0, []),
          fc.integer(),
        )
        .map((value) => (v: Record<string, unknown>) => ({ ...v, [key]: value })),
    ),
  ),
  fc
    .record({ field: fc.constantFrom('title', 'url', 'extra'), value: fc.constantFrom(undefined, '', ' ', ' t', 't ', 'title', 1, null) })
    .map(({ field, value }) => (v: Record<string, unknown>) => (typeof v['source'] === 'object' && v['source'] !== null ? { ...v, source: { ...v['source'], [field]: value } } : v)),
  fc
    .record({
      index: fc.nat(12),
      field: fc.constantFrom('name', 'nameZh', 'from', 'to', 'extra'),
      value: fc.constantFrom(undefined, '', ' 春节', 'Spring', '2027-02-30', '0000-01-01', '2027-2-3', '2026-11-30', '2026-12-01', '2027-12-31', '2028-01-01', '2027-06-09', 7),
    })
    .map(({ index, field, value }) => (v: Record<string, unknown>) => {
      if (!Array.isArray(v['holidays']) || v['holidays'].length === 0) return v;
      const holidays = [...(v['holidays'] as object[])];
      const i = index % holidays.length;
      holidays[i] = { ...holidays[i], [field]: value };
      return { ...v, holidays };
    }),
  fc
    .record({ index: fc.nat(12), value: fc.constantFrom('2027-01-30', '2027-01-31', '2027-02-01', '2026-12-26', '2026-11-28', '2027-13-01', '', 20270130) })
    .map(({ index, value }) => (v: Record<string, unknown>) => {
      if (!Array.isArray(v['makeupWorkdays'])) return v;
      const days = [...(v['makeupWorkdays'] as unknown[])];
      days[days.length === 0 ? 0 : index % (days.length + 1)] = value;
      return { ...v, makeupWorkdays: days };
    }),
  fc.constant((v: Record<string, unknown>) => (Array.isArray(v['makeupWorkdays']) ? { ...v, makeupWorkdays: [...v['makeupWorkdays'], ...v['makeupWorkdays']] } : v)),
  // eslint-disable-next-line no-sparse-arrays
  fc.constant((v: Record<string, unknown>) => (Array.isArray(v['holidays']) ? { ...v, holidays: [...v['holidays'], , ] } : v)),
  fc.constant((v: Record<string, unknown>) => ({ ...v, holidays: [], makeupWorkdays: [] })),
  fc
    .constantFrom(1900, 1901, 2026, 9999, 10000, 2027.5, Number.MAX_SAFE_INTEGER + 1, '2027')
    .map((year) => (v: Record<string, unknown>) => ({ ...v, year, holidays: [], makeupWorkdays: [] })),
  fc.constant((v: Record<string, unknown>) => Object.assign(Object.create(null), v)),
  fc.constant((v: Record<string, unknown>) => [v]),
);

const candidate = fc
  .tuple(fc.constantFrom(...bundled), fc.array(edit, { maxLength: 4 }))
  .map(([base, edits]) => edits.reduce<unknown>((value, f) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? f(value as Record<string, unknown>) : value), base));

describe('the schedule fast path', () => {
  it('accepts every bundled schedule without zod, with the data the schema returns', () => {
    for (const schedule of bundled) {
      const fast = plainlyValidSchedule(schedule);
      expect(fast).toBeDefined();
      expect(fast).toStrictEqual(HolidayScheduleSchema.parse(schedule));
    }
  });

  it('never accepts what the schema refuses, and gives the same data', () => {
    let accepted = 0;
    fc.assert(
      fc.property(candidate, (value) => {
        const fast = plainlyValidSchedule(value);
        const zod = HolidayScheduleSchema.safeParse(value);
        if (fast !== undefined) {
          accepted++;
          expect(zod.success).toBe(true);
          expect(fast).toStrictEqual(zod.data);
        }
        const combined = safeParseHolidaySchedule(value);
        expect(combined.success).toBe(zod.success);
        if (combined.success) expect(combined.data).toStrictEqual(zod.data);
        else expect(combined.issues).toEqual(toInputIssues(zod.error!.issues));
      }),
      { numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(100);
  });
});
