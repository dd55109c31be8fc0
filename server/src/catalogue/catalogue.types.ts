import type { CafVersionCode, CriterionKind as CriterionKindValue } from '@caf/schema';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalisedText } from '../shared/localised-text.type';

/** GraphQL enum names cannot start with a digit, so '2013' travels as CAF_2013. */
export const CafVersionEnum: Readonly<Record<string, CafVersionCode>> = {
  CAF_2006: '2006',
  CAF_2013: '2013',
  CAF_2020: '2020',
};
registerEnumType(CafVersionEnum, { name: 'CafVersion', description: 'CAF model version.' });

export const CriterionKind = { ENABLER: 'ENABLER', RESULT: 'RESULT' } as const;
registerEnumType(CriterionKind, {
  name: 'CriterionKind',
  description: 'Enablers (kryteria potencjału, 1–5) or results (kryteria wyników, 6–9).',
});

export const PanelCode = {
  CLASSICAL_ENABLERS: 'CLASSICAL_ENABLERS',
  CLASSICAL_RESULTS: 'CLASSICAL_RESULTS',
  FINE_TUNED_ENABLERS: 'FINE_TUNED_ENABLERS',
  FINE_TUNED_RESULTS: 'FINE_TUNED_RESULTS',
} as const;
registerEnumType(PanelCode, { name: 'PanelCode' });

@ObjectType()
export class CafSubCriterion {
  @Field({ description: 'e.g. 4.2' })
  code: string;

  @Field(_type => Int)
  criterionNumber: number;

  @Field(_type => LocalisedText)
  name: LocalisedText;
}

@ObjectType()
export class CafCriterion {
  @Field(_type => Int)
  number: number;

  @Field(_type => CriterionKind)
  kind: CriterionKindValue;

  @Field(_type => LocalisedText)
  name: LocalisedText;

  @Field(_type => [CafSubCriterion])
  subCriteria: readonly CafSubCriterion[];
}

@ObjectType()
export class CafCatalogueVersion {
  @Field(_type => CafVersionEnum)
  code: CafVersionCode;

  @Field(_type => Int)
  year: number;

  @Field(_type => LocalisedText)
  name: LocalisedText;

  @Field(_type => [CafCriterion])
  criteria: readonly CafCriterion[];
}

@ObjectType()
export class ScoringPanelLevel {
  @Field(_type => Int, {
    nullable: true,
    description: 'Classical panels: the 0–5 score of this level.',
  })
  score0to5?: number;

  @Field(_type => Int)
  min: number;

  @Field(_type => Int)
  max: number;

  @Field(_type => String, {
    nullable: true,
    description: 'PDCA phase reached (classical enablers).',
  })
  phase?: string;

  @Field(_type => LocalisedText)
  description: LocalisedText;
}

@ObjectType()
export class ScoringPanelColumn {
  @Field()
  code: string;

  @Field(_type => LocalisedText)
  name: LocalisedText;

  @Field(_type => [ScoringPanelLevel])
  levels: readonly ScoringPanelLevel[];
}

@ObjectType()
export class ScoringPanel {
  @Field(_type => PanelCode)
  code: string;

  @Field(_type => CriterionKind)
  kind: CriterionKindValue;

  @Field(_type => LocalisedText)
  name: LocalisedText;

  @Field(_type => [ScoringPanelColumn])
  columns: readonly ScoringPanelColumn[];
}
