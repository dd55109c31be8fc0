import type { CafVersionCode, CriterionKind as CriterionKindValue } from '@caf/schema';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CafVersionEnum, CriterionKind } from '../catalogue/catalogue.types';
import { LocalisedText } from '../shared/localised-text.type';
import { SuppressionReason } from '../disclosure';

registerEnumType(SuppressionReason, {
  name: 'SuppressionReason',
  description: 'Why a statistic was withheld (statistical disclosure control, see disclosure.ts).',
});

export const ComparisonLevel = { CRITERION: 'CRITERION', SUB_CRITERION: 'SUB_CRITERION' } as const;
export type ComparisonLevel = keyof typeof ComparisonLevel;
registerEnumType(ComparisonLevel, { name: 'ComparisonLevel' });

/** Why this comparison level applies (docs/domain.md §1.6: scores of different versions differ). */
export const ComparisonBasis = {
  SINGLE_VERSION: 'SINGLE_VERSION',
  MIXED_2013_2020: 'MIXED_2013_2020',
  INCLUDES_CAF_2006: 'INCLUDES_CAF_2006',
  NO_DATA: 'NO_DATA',
} as const;
export type ComparisonBasis = keyof typeof ComparisonBasis;
registerEnumType(ComparisonBasis, {
  name: 'ComparisonBasis',
  description:
    'SINGLE_VERSION: sub-criteria comparable; MIXED_2013_2020: same structure, criteria only; INCLUDES_CAF_2006: criteria only, with care; NO_DATA.',
});

@ObjectType()
export class LevelShare {
  @Field(_type => Int, { description: '0 = 0–10 … 5 = 91–100 (PDCA / results bands).' })
  level: number;

  @Field(_type => Float, {
    description: 'Share of the group’s offices in this band, 0–1, from perturbed counts.',
  })
  share: number;
}

@ObjectType({
  description:
    'The viewing office’s own score, shown only to itself; its position (rank, gaps) only in a published group it belongs to in that cycle.',
})
export class OwnPosition {
  @Field(_type => Float, { description: 'To one decimal, rounded half up.' })
  score: number;

  @Field(_type => Float, {
    nullable: true,
    description:
      'Where the own score lies on the curve through the published quantiles, 0–100 to the nearest 5 (never a count of true neighbours); null outside the office’s own groups or without published quartiles.',
  })
  percentileRank: number | null;

  @Field(_type => Float, {
    nullable: true,
    description: 'Own score minus the median; null outside the office’s own groups.',
  })
  gapToMedian: number | null;

  @Field(_type => Float, {
    nullable: true,
    description: 'Own score minus the upper quartile; null outside the office’s own groups.',
  })
  gapToTopQuartile: number | null;
}

@ObjectType({
  description:
    'How far a published mean may be from the true one: values are perturbed to protect single offices (docs/disclosure.md); stated from n and the rule only.',
})
export class MeanError {
  @Field(_type => Float, { description: 'Typical deviation from the true mean, in points.' })
  typical: number;

  @Field(_type => Float, { description: 'The published mean is never further than this.' })
  max: number;
}

/** n, the reason when withheld, and the mean: what every published statistic starts from. */
@ObjectType()
abstract class GroupMean {
  @Field(_type => Int, {
    nullable: true,
    description: 'Offices counted; withheld with the statistic.',
  })
  n: number | null;

  @Field(_type => SuppressionReason, { nullable: true })
  suppressed: SuppressionReason | null;

  @Field(_type => Float, {
    nullable: true,
    description:
      'Perturbed (cell key method: the same offices always get the same deviation), to one decimal.',
  })
  mean: number | null;

  @Field(_type => MeanError, { nullable: true, description: 'How close the mean is; with it.' })
  meanError: MeanError | null;
}

@ObjectType({
  description:
    'Anonymised statistics of one score (CAF index, criterion or sub-criterion) over a group.',
})
export class BenchmarkStatistic extends GroupMean {
  @Field({ description: 'INDEX, a criterion number ("4") or a sub-criterion code ("4.2").' })
  key: string;

  @Field(_type => CriterionKind, { nullable: true })
  kind: CriterionKindValue | null;

  @Field(_type => LocalisedText)
  name: LocalisedText;

  @Field(_type => Float, {
    nullable: true,
    description:
      'Median, Q1, Q3, P10 and P90 are perturbed, to one decimal; each is withheld where the scores around it lie further apart than its noise can hide (SPARSE_AROUND_QUANTILE).',
  })
  median: number | null;

  @Field(_type => Float, { nullable: true })
  q1: number | null;

  @Field(_type => Float, { nullable: true })
  q3: number | null;

  @Field(_type => Float, { nullable: true })
  p10: number | null;

  @Field(_type => Float, { nullable: true })
  p90: number | null;

  @Field(_type => Float, {
    nullable: true,
    description: 'A published quantile is never further than this from the true one, in points.',
  })
  quantileMaxError: number | null;

  @Field(_type => SuppressionReason, {
    nullable: true,
    description: 'Why median and quartiles (or some of them) are withheld.',
  })
  quartilesSuppressed: SuppressionReason | null;

  @Field(_type => SuppressionReason, {
    nullable: true,
    description: 'Why P10 and P90 (or one of them) are withheld.',
  })
  tailsSuppressed: SuppressionReason | null;

  @Field(_type => [LevelShare], { nullable: true })
  levelShares: LevelShare[] | null;

  @Field(_type => OwnPosition, { nullable: true })
  own: OwnPosition | null;
}

@ObjectType()
export class PeerGroupDescription {
  @Field(_type => LocalisedText, {
    description: 'Why these peers (for "offices like mine") or which filters.',
  })
  explanation: LocalisedText;
}

@ObjectType()
export class Benchmark {
  @Field(_type => Int)
  cycleYear: number;

  @Field(_type => Int, {
    nullable: true,
    description: 'Offices in the group in the released cycle; withheld when the group is.',
  })
  n: number | null;

  @Field(_type => Int, {
    description:
      'The k this group is held to: its programme’s k (or the platform default 5 without a programme filter), raised to the largest k of its members’ programmes; 5 when the group is withheld.',
  })
  minGroupSize: number;

  @Field(_type => SuppressionReason, {
    nullable: true,
    description: 'Set when the whole group is withheld.',
  })
  suppressed: SuppressionReason | null;

  @Field(_type => ComparisonLevel)
  comparisonLevel: ComparisonLevel;

  @Field(_type => ComparisonBasis)
  comparisonBasis: ComparisonBasis;

  @Field(_type => [CafVersionEnum])
  cafVersions: CafVersionCode[];

  @Field()
  syntheticData: boolean;

  @Field(_type => ID, { nullable: true, description: 'The office whose own position is included.' })
  viewerOfficeId: string | null;

  @Field(_type => PeerGroupDescription)
  group: PeerGroupDescription;

  @Field(_type => [BenchmarkStatistic])
  statistics: BenchmarkStatistic[];
}

@ObjectType()
export class DistributionPoint {
  @Field({ description: 'Pseudonym, stable within this benchmark and unlinkable to other ones.' })
  label: string;

  @Field(_type => Float, {
    description:
      'Microaggregated: the perturbed mean of this office’s block of ≥ k similar values.',
  })
  value: number;

  @Field({ description: 'True for the viewing office’s own point.' })
  own: boolean;
}

@ObjectType()
export class Distribution {
  @Field(_type => Int, { nullable: true })
  n: number | null;

  @Field(_type => SuppressionReason, { nullable: true })
  suppressed: SuppressionReason | null;

  @Field(_type => [DistributionPoint])
  points: DistributionPoint[];
}

@ObjectType()
export class TrendPoint extends GroupMean {
  @Field(_type => Int)
  cycleYear: number;

  @Field(_type => Float, { nullable: true })
  median: number | null;

  @Field(_type => Float, { nullable: true })
  own: number | null;
}

/** Kept for the programme page: the programme-wide mean per criterion. */
@ObjectType({ description: 'Anonymised statistic of one CAF criterion over a group of offices.' })
export class CriterionStatistic extends GroupMean {
  @Field(_type => Int)
  criterionNumber: number;

  @Field(_type => CriterionKind)
  kind: CriterionKindValue;

  @Field(_type => LocalisedText)
  name: LocalisedText;
}

export const ComparisonCaveat = { INCLUDES_CAF_2006: 'INCLUDES_CAF_2006' } as const;
registerEnumType(ComparisonCaveat, { name: 'ComparisonCaveat' });

@ObjectType({ description: 'Programme-wide criterion means for one assessment cycle.' })
export class ProgrammeCriterionStatistics {
  @Field(_type => Int)
  cycleYear: number;

  @Field(_type => Int, {
    description: 'The k of the programme’s group, as Benchmark.minGroupSize.',
  })
  minGroupSize: number;

  @Field(_type => [CafVersionEnum])
  cafVersions: CafVersionCode[];

  @Field(_type => ComparisonCaveat, { nullable: true })
  caveat: string | null;

  @Field()
  syntheticData: boolean;

  @Field(_type => [CriterionStatistic])
  criteria: CriterionStatistic[];
}
