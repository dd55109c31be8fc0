import type { UserRole } from '@caf/schema';

export interface Grant {
  id: string;
  role: UserRole;
  programmeId: string | null;
  officeId: string | null;
}

export interface ViewerUser {
  id: string;
  email: string;
  displayName: string;
}

/**
 * Who is asking, resolved once per request from the session cookie. Every scope decision reads
 * from here — never from ids the client sends about itself.
 */
export class Viewer {
  constructor(
    readonly user: ViewerUser | null,
    readonly grants: readonly Grant[] = [],
    readonly sessionId: string | null = null,
  ) {}

  static anonymous(): Viewer {
    return new Viewer(null);
  }

  get authenticated(): boolean {
    return this.user !== null;
  }

  hasRole(role: UserRole): boolean {
    return this.grants.some(grant => grant.role === role);
  }

  get isAdmin(): boolean {
    return this.hasRole('ADMIN');
  }

  get isMinistryAnalyst(): boolean {
    return this.hasRole('MINISTRY_ANALYST');
  }

  leadsProgramme(programmeId: string): boolean {
    return this.grants.some(
      grant => grant.role === 'PROGRAMME_LEADER' && grant.programmeId === programmeId,
    );
  }

  /** Offices whose own data this viewer may read (OFFICE_VIEWER or OFFICE_EDITOR). */
  get officeIds(): string[] {
    const ids = this.grants.flatMap(grant =>
      (grant.role === 'OFFICE_VIEWER' || grant.role === 'OFFICE_EDITOR') && grant.officeId
        ? [grant.officeId]
        : [],
    );
    return [...new Set(ids)];
  }

  canEditOffice(officeId: string): boolean {
    return this.grants.some(grant => grant.role === 'OFFICE_EDITOR' && grant.officeId === officeId);
  }

  /**
   * Programme-wide aggregates are for the programme's leaders, its participating offices, the
   * ministry and admins; `participantOfficeIds` are the programme's members.
   */
  canSeeProgrammeAggregates(programmeId: string, participantOfficeIds: readonly string[]): boolean {
    return (
      this.isAdmin ||
      this.isMinistryAnalyst ||
      this.leadsProgramme(programmeId) ||
      this.officeIds.some(id => participantOfficeIds.includes(id))
    );
  }
}
