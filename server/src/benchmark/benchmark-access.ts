import { ProgrammeEntity } from '@caf/db';
import type { LocalisedText } from '@caf/schema';
import type { EntityManager } from 'typeorm';
import type { Context } from '../graphql/context';
import { AppError, badInput, ErrorCode, notFound } from '../graphql/errors';
import { describeFilters } from './benchmark-text';
import {
  activeFilters,
  DEFAULT_MIN_GROUP_SIZE,
  type GroupFilters,
  MAX_FILTERS_PER_GROUP,
  onlyFilters,
} from '../disclosure';
import { likeMineGroup } from './like-mine';
import type { PeerGroupInput } from './peer-group';

export interface PreparedGroup {
  group: GroupFilters;
  explanation: LocalisedText;
  viewerOfficeId: string | null;
  /** Offices whose scores the viewer already knows: its own and its mutual benchlearning partners. */
  knownOfficeIds: string[];
}

/**
 * Who may benchmark what. The office whose position is shown must be one of the viewer's own
 * offices; a programme's group is for that programme's people, the ministry and admins.
 */
export async function prepareGroup(
  ctx: Context,
  manager: EntityManager,
  input: PeerGroupInput,
  cycleYear: number,
  officeId?: string,
): Promise<PreparedGroup> {
  const ownOffices = ctx.viewer.officeIds;
  if (officeId && !ownOffices.includes(officeId)) {
    throw new AppError(ErrorCode.FORBIDDEN, 'You can see the position of your own office only.');
  }
  const viewerOfficeId = officeId ?? (ownOffices.length === 1 ? ownOffices[0]! : null);
  const knownOfficeIds = await knownOffices(manager, ownOffices);
  if (input.likeMine) {
    if (!viewerOfficeId) {
      throw badInput([
        {
          field: 'group.likeMine',
          message: 'needs the office you benchmark; it is available to office users',
        },
      ]);
    }
    const office = (await ctx.loaders.officeById.load(viewerOfficeId))!;
    const { group, explanation } = await likeMineGroup(
      manager,
      office,
      cycleYear,
      DEFAULT_MIN_GROUP_SIZE,
    );
    return { group, explanation, viewerOfficeId, knownOfficeIds };
  }
  const group = onlyFilters(input);
  if (activeFilters(group).length > MAX_FILTERS_PER_GROUP) {
    throw badInput([
      { field: 'group', message: `combine at most ${MAX_FILTERS_PER_GROUP} filters` },
    ]);
  }
  let programme: ProgrammeEntity | null = null;
  if (group.programmeId) {
    programme = await ctx.loaders.programmeById.load(group.programmeId);
    if (!programme) {
      throw notFound('Programme', group.programmeId);
    }
    const participants = await ctx.loaders.participationsByProgrammeId.load(programme.id);
    if (
      !ctx.viewer.canSeeProgrammeAggregates(
        programme.id,
        participants.map(p => p.officeId),
      )
    ) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        "Only this programme's leaders and participants, the ministry and admins see its statistics.",
      );
    }
  }
  return {
    group,
    explanation: describeFilters(group, programme?.name ?? null),
    viewerOfficeId,
    knownOfficeIds,
  };
}

async function knownOffices(manager: EntityManager, ownOffices: string[]): Promise<string[]> {
  if (ownOffices.length === 0) {
    return [];
  }
  const partners: { partner: string }[] = await manager.query(
    `SELECT mine.partner_office_id AS partner
       FROM benchlearning_consent mine
       JOIN benchlearning_consent theirs ON theirs.office_id = mine.partner_office_id AND theirs.partner_office_id = mine.office_id
      WHERE mine.office_id = ANY($1) AND mine.revoked_at IS NULL AND theirs.revoked_at IS NULL`,
    [ownOffices],
  );
  return [...new Set([...ownOffices, ...partners.map(p => p.partner)])];
}
