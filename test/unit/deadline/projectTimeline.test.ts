import { describe, expect, it } from 'vitest';
import { InconsistentInputError, InvalidArgumentError, addWorkingDays, listProcedures, projectTimeline } from '../../../src/index.js';

describe('projectTimeline', () => {
  it('projects a Class III device registration from the actual dates known so far', () => {
    const timeline = projectTimeline({
      procedure: 'cn.nmpa.device.class3.registration',
      start: '2025-12-22',
      progress: { 'cn.nmpa.device.acceptance': { completed: '2025-12-26' }, 'cn.nmpa.device.transfer-to-review': { completed: '2025-12-30' } },
      asOf: '2026-01-05',
    });
    // Review: 90 working days after Tue 2025-12-30 is Fri 2026-05-15 (fixtures/deadlines/devices.json);
    // decision: May 18–22, 25–29, Jun 1–5, 8–12 = 20 → Fri 06-12; certificate: Jun 15–18, (19 Dragon Boat), 22–26, 29 = 10 → Mon 06-29.
    expect(timeline.stages.map((s) => [s.policy, s.start, s.startBasis, s.due, s.end, s.endBasis, s.status])).toEqual([
      ['cn.nmpa.device.acceptance', '2025-12-22', 'given', '2025-12-29', '2025-12-26', 'actual', 'completed'],
      ['cn.nmpa.device.transfer-to-review', '2025-12-26', 'actual', '2025-12-31', '2025-12-30', 'actual', 'completed'],
      ['cn.nmpa.device.class3.review', '2025-12-30', 'actual', '2026-05-15', '2026-05-15', 'projected', 'running'],
      ['cn.nmpa.device.approval-decision', '2026-05-15', 'projected', '2026-06-12', '2026-06-12', 'projected', 'not-started'],
      ['cn.nmpa.device.certificate', '2026-06-12', 'projected', '2026-06-29', '2026-06-29', 'projected', 'not-started'],
    ]);
    expect(timeline.end).toBe('2026-06-29');
    expect(timeline.endBasis).toBe('projected');
    // Fee due 15 working days after acceptance (Fri 12-26): Dec 29–31 = 3, Jan 4 (Sun, make-up), 5–9, 12–16, 19 = 15 → Mon 2026-01-19.
    expect(timeline.milestones.map((m) => [m.policy, m.date, m.basis])).toEqual([
      ['cn.nmpa.device.fee-payment', '2026-01-19', 'actual'],
      ['cn.nmpa.device.qms-inspection.notify', '2026-01-12', 'actual'],
    ]);
    expect(JSON.parse(JSON.stringify(timeline))).toEqual(timeline);
  });

  it('leaves later stages waiting while a stage’s clock is stopped', () => {
    const timeline = projectTimeline({
      procedure: 'cn.nmpa.drug.nda.registration',
      start: '2025-02-24',
      progress: { 'cn.nmpa.drug.acceptance': { completed: '2025-03-03' }, 'cn.nmpa.drug.nda': { stops: [{ from: '2025-06-16', reason: 'sponsor-supplement' }] } },
      asOf: '2025-07-01',
    });
    expect(timeline.stages.map((s) => [s.policy, s.status, s.start, s.due])).toEqual([
      ['cn.nmpa.drug.acceptance', 'completed', '2025-02-24', '2025-03-03'],
      ['cn.nmpa.drug.nda', 'stopped', '2025-03-03', null],
      ['cn.nmpa.drug.approval-decision', 'waiting', null, null],
      ['cn.nmpa.drug.certificate', 'waiting', null, null],
    ]);
    expect(timeline.end).toBeNull();
    expect(timeline.milestones.find((m) => m.policy === 'cn.nmpa.drug.inspection.report-due')!.date).toBeNull();
    expect(timeline.milestones.find((m) => m.policy === 'cn.nmpa.drug.inspection.launch')!.date).toBe(addWorkingDays('2025-03-03', 40));
  });

  it('anchors report deadlines on the review’s projected due date, which moves with its stops', () => {
    const timeline = projectTimeline({
      procedure: 'cn.nmpa.drug.nda.registration',
      start: '2025-02-24',
      progress: { 'cn.nmpa.drug.acceptance': { completed: '2025-03-03' }, 'cn.nmpa.drug.nda': { stops: [{ from: '2025-06-16', to: '2025-08-29', reason: 'sponsor-supplement' }] } },
    });
    const review = timeline.stages[1]!;
    expect(review.due).toBe('2026-06-18'); // the notice day 06-16 not counted (the NDA's stopDayCounts reading)
    expect(timeline.milestones.find((m) => m.policy === 'cn.nmpa.drug.inspection.report-due')).toMatchObject({ date: addWorkingDays('2026-06-18', -40), basis: 'projected' });
  });

  it('takes an explicit chain of stages and flags a stage completed late', () => {
    const timeline = projectTimeline({
      stages: ['cn.nmpa.drug.approval-decision', { policy: 'cn.nmpa.drug.certificate', completed: '2026-04-30' }],
      start: '2026-02-06',
    });
    expect(timeline.procedure).toBeNull();
    expect(timeline.stages[0]).toMatchObject({ due: '2026-03-12', end: '2026-03-12', endBasis: 'projected' });
    expect(timeline.stages[1]).toMatchObject({ start: '2026-03-12', due: addWorkingDays('2026-03-12', 10), completed: '2026-04-30', late: true, status: 'completed' });
  });

  it('lists its procedures', () => {
    expect(listProcedures().map((p) => p.id)).toEqual(expect.arrayContaining(['cn.nmpa.drug.nda.registration', 'cn.nmpa.device.class3.registration', 'cn.nmpa.drug.ind.application']));
  });

  it('refuses inconsistent or malformed input', () => {
    expect(() => projectTimeline({ procedure: 'cn.nmpa.device.class3.registraton', start: '2025-01-02' })).toThrow(/did you mean "cn\.nmpa\.device\.class3\.registration"/);
    expect(() => projectTimeline({ procedure: 'cn.nmpa.drug.ind.application', stages: ['cn.nmpa.drug.ind'], start: '2025-01-02' })).toThrow(InvalidArgumentError);
    expect(() => projectTimeline({ start: '2025-01-02' })).toThrow(InvalidArgumentError);
    expect(() => projectTimeline({ procedure: 'cn.nmpa.drug.ind.application', start: '2025-01-02', progress: { 'cn.nmpa.drug.nda': {} } })).toThrow(InconsistentInputError);
    expect(() =>
      projectTimeline({ procedure: 'cn.nmpa.drug.ind.application', start: '2025-01-02', progress: { 'cn.nmpa.drug.acceptance': { completed: '2024-12-31' } } }),
    ).toThrow(/completed on 2024-12-31, before it started on 2025-01-02/);
    expect(() =>
      projectTimeline({
        procedure: 'cn.nmpa.drug.nda.registration',
        start: '2025-02-24',
        progress: { 'cn.nmpa.drug.nda': { stops: [{ from: '2025-06-16' }] }, 'cn.nmpa.drug.certificate': { completed: '2025-12-01' } },
      }),
    ).toThrow(InconsistentInputError);
    expect(() => projectTimeline({ procedure: 'cn.nmpa.drug.ind.application', start: '2025-13-01' })).toThrow(/projectTimeline \(start\)/);
  });
});
