import {
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../graphql/context';
import { Office } from '../office/office.types';
import { IdArgs } from '../shared/id.args';
import { UpdateProgrammeDisclosureArgs } from './dto/update-programme-disclosure.input';
import { Participation, Programme } from './programme.types';
import { ProgrammeService } from './programme.service';

@Resolver(_of => Programme)
export class ProgrammeResolver {
  private readonly service = new ProgrammeService();

  @Authorized()
  @Query(_returns => [Programme])
  programmes(@Ctx() ctx: Context): Promise<Programme[]> {
    return this.service.list(ctx);
  }

  @Authorized()
  @Query(_returns => Programme, { description: 'One programme; NOT_FOUND when the id is unknown.' })
  programme(@Args() { id }: IdArgs, @Ctx() ctx: Context): Promise<Programme> {
    return this.service.byId(ctx, id);
  }

  @Authorized('ADMIN')
  @Mutation(_returns => Programme, {
    description:
      'Sets the minimum group size k (≥ 3, possibly below the platform default 5) of groups filtered by this programme, for cycles released from now on.',
  })
  updateProgrammeDisclosure(
    @Args() { programmeId, minGroupSize }: UpdateProgrammeDisclosureArgs,
    @Ctx() ctx: Context,
  ): Promise<Programme> {
    return this.service.updateMinGroupSize(ctx, programmeId, minGroupSize);
  }

  @FieldResolver(_type => [Participation], { description: 'Participating offices, leaders first.' })
  participants(@Root() programme: Programme, @Ctx() ctx: Context): Promise<Participation[]> {
    return ctx.loaders.participationsByProgrammeId.load(programme.id) as Promise<Participation[]>;
  }
}

@Resolver(_of => Participation)
export class ParticipationResolver {
  @FieldResolver(_type => Programme)
  async programme(@Root() participation: Participation, @Ctx() ctx: Context): Promise<Programme> {
    return (await ctx.loaders.programmeById.load(participation.programmeId))!;
  }

  @FieldResolver(_type => Office)
  async office(@Root() participation: Participation, @Ctx() ctx: Context): Promise<Office> {
    return (await ctx.loaders.officeById.load(participation.officeId))!;
  }
}

@Resolver(_of => Office)
export class OfficeParticipationResolver {
  @FieldResolver(_type => [Participation], {
    description: 'The programmes this office takes part in.',
  })
  participations(@Root() office: Office, @Ctx() ctx: Context): Promise<Participation[]> {
    return ctx.loaders.participationsByOfficeId.load(office.id) as Promise<Participation[]>;
  }
}
