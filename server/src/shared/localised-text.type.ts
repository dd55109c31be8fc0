import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A text in Polish (the default) and English.' })
export class LocalisedText {
  @Field()
  pl: string;

  @Field()
  en: string;
}
