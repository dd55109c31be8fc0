import { type CriterionKind, getCafVersion, isCafVersionCode } from '@caf/schema';
import type { ProgrammeCriterionStatisticsQuery, SuppressionReason } from '../../gql/graphql';
import type { AppLanguage } from '../../i18n/i18n';

type Statistics = ProgrammeCriterionStatisticsQuery['programme']['criterionStatistics'];

/** One bar. `mean` is null when the value is withheld: never plot that as 0. */
export type CriterionDatum = {
  criterionNumber: number;
  name: string;
  kind: CriterionKind;
  /** Withheld (null) together with the mean. */
  n: number | null;
  mean: number | null;
  /** Why the value is withheld; null when it is published. */
  suppressed: SuppressionReason | null;
};

export function toCriterionData(statistics: Statistics, language: AppLanguage): CriterionDatum[] {
  return [...statistics.criteria]
    .sort((a, b) => a.criterionNumber - b.criterionNumber)
    .map(criterion => ({
      criterionNumber: criterion.criterionNumber,
      name: criterion.name[language],
      kind: criterion.kind,
      n: criterion.n ?? null,
      // A suppressed criterion must not leak a mean even if one were sent.
      mean: criterion.suppressed ? null : (criterion.mean ?? null),
      suppressed: criterion.suppressed ?? null,
    }));
}

/** 'CAF_2013' → 'CAF 2013', via the shared catalogue. */
export function cafVersionLabel(version: string): string {
  const code = version.replace(/^CAF_/, '');
  return isCafVersionCode(code) ? `CAF ${getCafVersion(code).year}` : version;
}
