import { ISO_EDITION_LABELS, IsoEdition, IsoStatus } from '@caf/schema';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(IsoStatus, {
  name: 'IsoStatus',
  description: 'Current ISO 9001 certification status, derived from the dated lifecycle events.',
});
registerEnumType(IsoEdition, { name: 'IsoEdition' });

/** An office's ISO 9001 position: certificates are public facts (IAF CertSearch). */
@ObjectType()
export class IsoStatusSummary {
  @Field(_type => IsoStatus)
  status: IsoStatus;

  @Field(_type => IsoEdition, { nullable: true })
  edition: IsoEdition | null;

  @Field(_type => String, { nullable: true, description: 'e.g. ISO 9001:2015' })
  get standard(): string | null {
    return this.edition ? ISO_EDITION_LABELS[this.edition].iso : null;
  }

  @Field(_type => String, {
    nullable: true,
    description: 'Polish adoption, e.g. PN-EN ISO 9001:2015-10',
  })
  get polishStandard(): string | null {
    return this.edition ? ISO_EDITION_LABELS[this.edition].pnEn : null;
  }

  @Field(_type => String, { nullable: true })
  certificationBody: string | null;

  @Field(_type => String, { nullable: true })
  certificateNumber: string | null;

  @Field(_type => GraphQLLocalDate, { nullable: true })
  certifiedOn: string | null;

  @Field(_type => GraphQLLocalDate, { nullable: true })
  validUntil: string | null;

  @Field(_type => GraphQLLocalDate, { nullable: true })
  nextSurveillanceDue: string | null;

  @Field()
  scopeReduced: boolean;
}
