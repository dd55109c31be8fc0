import { JstType } from '@caf/schema';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalisedText } from '../shared/localised-text.type';
import { PaginatedResponse } from '../shared/paginated.type';

registerEnumType(JstType, {
  name: 'JstType',
  description: 'Kind of local-government unit (JST) the office serves.',
});

@ObjectType()
export class Voivodeship {
  @Field({ description: 'TERYT WW code, e.g. 02 (dolnośląskie).' })
  code: string;

  @Field(_type => LocalisedText)
  name: LocalisedText;
}

/** Public facts about an office; its CAF scores are never part of this type. */
@ObjectType()
export class Office {
  @Field(_type => ID)
  id: string;

  @Field()
  name: string;

  @Field(_type => JstType)
  jstType: JstType;

  @Field({ description: 'TERYT TERC code: WW, WWPP or WWPPGGR depending on the JST type.' })
  teryt: string;

  voivodeshipCode: string;

  @Field(_type => Int)
  population: number;

  @Field(_type => Int)
  staffCount: number;
}

@ObjectType()
export class OfficePage extends PaginatedResponse(Office) {}
