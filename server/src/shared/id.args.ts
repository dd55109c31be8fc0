import { IsUUID } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

/** `(id: ID!)` validated as a UUID, so a malformed id is BAD_USER_INPUT and not a database error. */
@ArgsType()
export class IdArgs {
  @Field(_type => ID)
  @IsUUID('all', { message: 'must be a UUID' })
  id: string;
}
