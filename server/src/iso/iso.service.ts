import { IsoStatus } from '@caf/schema';
import type { Context } from '../graphql/context';
import { deriveIsoStatus } from './iso-status';
import { IsoStatusSummary } from './iso.types';

export class IsoService {
  /** The status of the office's most recently active certification (an edition change starts a new one). */
  async statusOf(ctx: Context, officeId: string): Promise<IsoStatusSummary> {
    const events = (await ctx.loaders.isoEventsByOfficeId.load(officeId)).filter(
      e => e.occurredOn <= ctx.today,
    );
    const latest = events.at(-1);
    const summary = new IsoStatusSummary();
    if (!latest) {
      return Object.assign(summary, {
        status: IsoStatus.NOT_STARTED,
        edition: null,
        certificationBody: null,
        certificateNumber: null,
        certifiedOn: null,
        validUntil: null,
        nextSurveillanceDue: null,
        scopeReduced: false,
      });
    }
    const derived = deriveIsoStatus(
      events.filter(e => e.certificationId === latest.certificationId),
      ctx.today,
    );
    return Object.assign(summary, {
      status: derived.status,
      edition: latest.edition,
      certificationBody: latest.certificationBody,
      certificateNumber: latest.certificateNumber,
      certifiedOn: derived.certifiedOn,
      validUntil: derived.validUntil,
      nextSurveillanceDue: derived.nextSurveillanceDue,
      scopeReduced: derived.scopeReduced,
    });
  }
}
