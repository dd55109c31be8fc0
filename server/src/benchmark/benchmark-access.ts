import { ProgrammeEntity } from '@caf/db';
import type { Context } from '../graphql/context';
import { AppError, badInput, ErrorCode, notFound } from '../graphql/errors';
import { DEFAULT_MIN_GROUP_SIZE } from './disclosure';
import { filteredGroup, likeMineGroup, type MemberSource } from './members-sql';
import type { PeerGroupInput } from './peer-group';

export interface PreparedGroup {
  source: MemberSource;
  k: number;
  viewerOfficeId: string | null;
  programme: ProgrammeEntity | null;
}

/**
 * Who may benchmark what. The office whose position is shown must be one of the viewer's own
 * offices; a programme's group is for that programme's people, the ministry and admins.
 */
export async function prepareGroup(
  ctx: Context,
  group: PeerGroupInput,
  officeId?: string,
): Promise<PreparedGroup> {
  const ownOffices = ctx.viewer.officeIds;
  if (officeId && !ownOffices.includes(officeId)) {
    throw new AppError(ErrorCode.FORBIDDEN, 'You can see the position of your own office only.');
  }
  const viewerOfficeId = officeId ?? (ownOffices.length === 1 ? ownOffices[0]! : null);
  let programme: ProgrammeEntity | null = null;
  if (group.programmeId && !group.likeMine) {
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
  const k = programme?.minGroupSize ?? DEFAULT_MIN_GROUP_SIZE;
  if (group.likeMine) {
    if (!viewerOfficeId) {
      throw badInput([
        {
          field: 'group.likeMine',
          message: 'needs the office you benchmark (officeId); it is available to office users',
        },
      ]);
    }
    return {
      source: likeMineGroup(viewerOfficeId, k, group.cafVersion),
      k,
      viewerOfficeId,
      programme,
    };
  }
  return { source: filteredGroup(group), k, viewerOfficeId, programme };
}
