import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CafVersionEnum, CriterionKind } from '../catalogue/catalogue.types';
import { LocalisedText } from '../shared/localised-text.type';
import { SuppressionReason } from './suppression';
import type { CafVersionCode, CriterionKind as CriterionKindValue } from '@caf/schema';

registerEnumType(SuppressionReason, {
  name: 'SuppressionReason',
  description: 'Why a statistic was withheld (statistical disclosure control).',
});

export const ComparisonCaveat = {
  /** CAF 2006 has another sub-criterion structure: compare it at criterion level only, with care. */
  INCLUDES_CAF_2006: 'INCLUDES_CAF_2006',
} as const;
registerEnumType(ComparisonCaveat, { name: 'ComparisonCaveat' });

@ObjectType({ description: 'Anonymised statistic of one CAF criterion over a group of offices.' })
export class CriterionStatistic {
  @Field(_type => Int)
  criterionNumber: number;

  @Field(_type => CriterionKind)
  kind: CriterionKindValue;

  @Field(_type => LocalisedText)
  name: LocalisedText;

  @Field(_type => Int, { description: 'Offices with a submitted score for this criterion.' })
  n: number;

  @Field(_type => Float, { nullable: true, description: 'Mean of office criterion scores, 0–100; null when suppressed.' })
  mean: number | null;

  @Field(_type => SuppressionReason, { nullable: true })
  suppressed: SuppressionReason | null;
}

@ObjectType({ description: 'Programme-wide criterion means for one assessment cycle.' })
export class ProgrammeCriterionStatistics {
  @Field(_type => Int)
  cycleYear: number;

  @Field(_type => Int, { description: 'Minimum group size k applied.' })
  minGroupSize: number;

  @Field(_type => [CafVersionEnum])
  cafVersions: CafVersionCode[];

  @Field(_type => ComparisonCaveat, { nullable: true })
  caveat: string | null;

  @Field({ description: 'True when the scores behind these numbers are synthetic demo data.' })
  syntheticData: boolean;

  @Field(_type => [CriterionStatistic])
  criteria: CriterionStatistic[];
}
