import fc from 'fast-check';
import { describe, it } from 'vitest';
import { deadlineInput, expectSameDueDate } from '../../../src/testing.js';
import { indDueDate } from './indDueDate.js';

describe('indDueDate', () => {
  it('agrees with reviewclock on IND deadlines with clock stops, 2025–2026', () => {
    fc.assert(
      fc.property(
        deadlineInput({ policy: 'cn.nmpa.drug.ind', from: '2025-01-01', to: '2026-12-31' }),
        expectSameDueDate(indDueDate),
      ),
    );
  });
});
