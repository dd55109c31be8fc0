import type { IsoEventType } from '@caf/schema';
import { deriveIsoStatus, type IsoEventFact } from '../../../server/src/iso/iso-status';

const event = (
  type: IsoEventType,
  occurredOn: string,
  validUntil: string | null = null,
): IsoEventFact => ({
  type,
  occurredOn,
  validUntil,
});

const CYCLE = [
  event('IMPLEMENTATION_STARTED', '2022-01-10'),
  event('STAGE1_AUDIT', '2022-11-02'),
  event('STAGE2_AUDIT', '2022-11-20'),
  event('CERTIFIED', '2022-12-01', '2025-11-30'),
];

describe('deriveIsoStatus', () => {
  it.each([
    ['before anything happened', [], '2024-01-01', 'NOT_STARTED'],
    ['while the system is being built', CYCLE.slice(0, 1), '2022-06-01', 'IMPLEMENTING'],
    ['between the audits and the decision', CYCLE.slice(0, 3), '2022-11-25', 'AUDIT_PLANNED'],
    ['after the certification decision', CYCLE, '2023-06-01', 'CERTIFIED'],
    ['within 90 days of expiry', CYCLE, '2025-09-15', 'RECERTIFICATION_DUE'],
    ['after expiry without recertification', CYCLE, '2025-12-01', 'EXPIRED'],
    [
      'after recertification',
      [...CYCLE, event('RECERTIFIED', '2025-11-10', '2028-11-30')],
      '2026-01-01',
      'CERTIFIED',
    ],
    ['while suspended', [...CYCLE, event('SUSPENDED', '2024-03-01')], '2024-04-01', 'SUSPENDED'],
    [
      'after reinstatement',
      [...CYCLE, event('SUSPENDED', '2024-03-01'), event('REINSTATED', '2024-05-01')],
      '2024-06-01',
      'CERTIFIED',
    ],
    [
      'after withdrawal',
      [...CYCLE, event('SUSPENDED', '2024-03-01'), event('WITHDRAWN', '2024-09-01')],
      '2024-10-01',
      'WITHDRAWN',
    ],
    [
      'ignoring events dated in the future',
      [...CYCLE, event('WITHDRAWN', '2030-01-01')],
      '2023-01-01',
      'CERTIFIED',
    ],
  ] as const)('%s', (_label, events, today, status) => {
    expect(deriveIsoStatus(events, today).status).toBe(status);
  });

  it('schedules surveillance audits at 12 and 24 months into the cycle', () => {
    expect(deriveIsoStatus(CYCLE, '2023-03-01').nextSurveillanceDue).toBe('2023-12-01');
    const afterFirst = [...CYCLE, event('SURVEILLANCE_AUDIT', '2023-11-20')];
    expect(deriveIsoStatus(afterFirst, '2024-01-01').nextSurveillanceDue).toBe('2024-12-01');
  });

  it('keeps the scope-reduction flag and the cycle dates', () => {
    const state = deriveIsoStatus([...CYCLE, event('SCOPE_REDUCED', '2023-05-01')], '2023-06-01');
    expect(state).toMatchObject({
      scopeReduced: true,
      certifiedOn: '2022-12-01',
      validUntil: '2025-11-30',
    });
  });
});
