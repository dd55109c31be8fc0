import { IsoStatus, type IsoEventType } from '@caf/schema';

export interface IsoEventFact {
  type: IsoEventType;
  occurredOn: string;
  validUntil: string | null;
}

export interface DerivedIsoStatus {
  status: IsoStatus;
  /** Start of the current three-year cycle: the last certification or recertification decision. */
  certifiedOn: string | null;
  validUntil: string | null;
  lastAuditOn: string | null;
  nextSurveillanceDue: string | null;
  scopeReduced: boolean;
}

/** Recertification should be under way this long before expiry (ISO/IEC 17021-1 §9.6.3). */
export const RECERTIFICATION_WINDOW_DAYS = 90;

const addDays = (isoDate: string, days: number): string => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

const addMonths = (isoDate: string, months: number): string => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
};

/**
 * Replays one certification's dated events (oldest first) into its status on `today`
 * (docs/domain.md §2.4). Dates decide what events alone cannot: a certificate past its expiry date
 * is EXPIRED, one within the recertification window is RECERTIFICATION_DUE.
 */
export function deriveIsoStatus(events: readonly IsoEventFact[], today: string): DerivedIsoStatus {
  const state: DerivedIsoStatus = {
    status: IsoStatus.NOT_STARTED,
    certifiedOn: null,
    validUntil: null,
    lastAuditOn: null,
    nextSurveillanceDue: null,
    scopeReduced: false,
  };
  let lastSurveillanceOn: string | null = null;
  const sorted = [...events]
    .filter(e => e.occurredOn <= today)
    .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  for (const event of sorted) {
    switch (event.type) {
      case 'IMPLEMENTATION_STARTED':
        state.status = IsoStatus.IMPLEMENTING;
        break;
      case 'AUDIT_PLANNED':
      case 'STAGE1_AUDIT':
      case 'STAGE2_AUDIT':
        state.lastAuditOn = event.occurredOn;
        // Once certified, recertification audits do not make the certificate any less valid.
        if (state.certifiedOn === null) {
          state.status = IsoStatus.AUDIT_PLANNED;
        }
        break;
      case 'CERTIFIED':
      case 'RECERTIFIED':
        state.status = IsoStatus.CERTIFIED;
        state.certifiedOn = event.occurredOn;
        state.validUntil = event.validUntil;
        state.lastAuditOn = event.occurredOn;
        lastSurveillanceOn = null;
        break;
      case 'SURVEILLANCE_AUDIT':
        state.lastAuditOn = event.occurredOn;
        lastSurveillanceOn = event.occurredOn;
        break;
      case 'SCOPE_REDUCED':
        state.scopeReduced = true;
        break;
      case 'SUSPENDED':
        state.status = IsoStatus.SUSPENDED;
        break;
      case 'REINSTATED':
        state.status = IsoStatus.CERTIFIED;
        break;
      case 'WITHDRAWN':
        state.status = IsoStatus.WITHDRAWN;
        break;
      case 'EXPIRED':
        state.status = IsoStatus.EXPIRED;
        break;
    }
  }
  const certificateValid = state.status === IsoStatus.CERTIFIED && state.validUntil !== null;
  if (certificateValid && state.validUntil! < today) {
    state.status = IsoStatus.EXPIRED;
  } else if (certificateValid && addDays(today, RECERTIFICATION_WINDOW_DAYS) >= state.validUntil!) {
    state.status = IsoStatus.RECERTIFICATION_DUE;
  }
  if (state.status === IsoStatus.CERTIFIED && state.certifiedOn) {
    // Surveillance audits fall 12 and 24 months into the cycle; the third year is recertification.
    const dueDates = [addMonths(state.certifiedOn, 12), addMonths(state.certifiedOn, 24)];
    state.nextSurveillanceDue =
      dueDates.find(due => lastSurveillanceOn === null || addMonths(lastSurveillanceOn, 6) < due) ??
      null;
  }
  return state;
}
