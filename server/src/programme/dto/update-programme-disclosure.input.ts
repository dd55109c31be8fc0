import { IsUUID, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { ABSOLUTE_MIN_GROUP_SIZE, DEFAULT_MIN_GROUP_SIZE } from '../../disclosure';

@ArgsType()
export class UpdateProgrammeDisclosureArgs {
  @Field(_type => ID)
  @IsUUID()
  programmeId: string;

  @Field(_type => Int, {
    description: `Minimum group size k: at least ${ABSOLUTE_MIN_GROUP_SIZE}, default ${DEFAULT_MIN_GROUP_SIZE}.`,
  })
  @Min(ABSOLUTE_MIN_GROUP_SIZE, {
    message: `must be at least ${ABSOLUTE_MIN_GROUP_SIZE}: smaller groups would expose single offices`,
  })
  @Max(50)
  minGroupSize: number;
}
