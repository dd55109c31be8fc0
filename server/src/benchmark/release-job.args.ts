import { IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';

@ArgsType()
export class ReleaseJobArgs {
  @Field(_type => ID)
  @IsUUID()
  id: string;
}

@ArgsType()
export class ReleaseJobsArgs {
  @Field(_type => Int, { nullable: true, description: 'Only this cycle’s jobs.' })
  @IsOptional()
  @Min(2000)
  @Max(2100)
  cycleYear?: number;
}
