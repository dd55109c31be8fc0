import { findVoivodeship, type JstType } from '@caf/schema';
import { OfficeEntity } from '../entities';
import { NATIONAL_COUNTS, type VoivodeshipCounts } from './national-counts.data';
import type { Prng } from './prng';

/** Every JST office of Poland: 2,477 gminas, 314 powiats and 16 voivodeships. */
export const NATIONAL_OFFICE_COUNT = NATIONAL_COUNTS.reduce(
  (sum, v) =>
    sum +
    1 +
    v.powiats +
    v.citiesWithCountyRights +
    v.urbanGminas +
    v.urbanRuralGminas +
    v.ruralGminas,
  0,
);

const countsOf = (v: VoivodeshipCounts): Record<JstType, number> => ({
  WOJEWODZTWO: 1,
  POWIAT: v.powiats,
  MIASTO_NA_PRAWACH_POWIATU: v.citiesWithCountyRights,
  GMINA_MIEJSKA: v.urbanGminas,
  GMINA_MIEJSKO_WIEJSKA: v.urbanRuralGminas,
  GMINA_WIEJSKA: v.ruralGminas,
});

/**
 * How many offices of each type each voivodeship gets in a register of `offices`: the real counts
 * scaled down, rounded by largest remainder so that the cells add up exactly.
 */
export function scaledCounts(offices: number): Map<string, Record<JstType, number>> {
  if (!Number.isInteger(offices) || offices < 1 || offices > NATIONAL_OFFICE_COUNT) {
    throw new RangeError(
      `A national register has 1 to ${NATIONAL_OFFICE_COUNT} offices (TERYT codes run out beyond), not ${offices}.`,
    );
  }
  const cells = NATIONAL_COUNTS.flatMap(v =>
    Object.entries(countsOf(v)).map(([type, real]) => {
      const quota = (real * offices) / NATIONAL_OFFICE_COUNT;
      return { code: v.code, type: type as JstType, count: Math.floor(quota), rest: quota % 1 };
    }),
  );
  const missing = offices - cells.reduce((sum, c) => sum + c.count, 0);
  // A stable sort keeps ties in table order, so the result never depends on the engine.
  [...cells]
    .sort((a, b) => b.rest - a.rest)
    .slice(0, missing)
    .forEach(c => (c.count += 1));
  return new Map(
    NATIONAL_COUNTS.map(v => [
      v.code,
      Object.fromEntries(
        cells.filter(c => c.code === v.code).map(c => [c.type, c.count]),
      ) as Record<JstType, number>,
    ]),
  );
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

const GMINA_TYPE_DIGIT = { GMINA_MIEJSKA: '1', GMINA_WIEJSKA: '2', GMINA_MIEJSKO_WIEJSKA: '3' };
type GminaType = keyof typeof GMINA_TYPE_DIGIT;

/**
 * TERC codes of one voivodeship's offices (docs/domain.md §3.2). Gminas are spread over the
 * voivodeship's real number of powiats whether or not the register holds those powiats' offices,
 * so the codes keep their real shape at any register size.
 */
function terytCodes(
  v: VoivodeshipCounts,
  counts: Record<JstType, number>,
  prng: Prng,
): { jstType: JstType; teryt: string }[] {
  const gminaTypes = shuffled(
    (['GMINA_MIEJSKA', 'GMINA_MIEJSKO_WIEJSKA', 'GMINA_WIEJSKA'] as const).flatMap(type =>
      Array.from({ length: counts[type] }, (): GminaType => type),
    ),
    prng,
  );
  const times = <T>(n: number, make: (i: number) => T): T[] =>
    Array.from({ length: n }, (_, i) => make(i));
  return [
    ...times(counts.WOJEWODZTWO, () => ({ jstType: 'WOJEWODZTWO' as const, teryt: v.code })),
    ...times(counts.POWIAT, i => ({ jstType: 'POWIAT' as const, teryt: v.code + pad2(i + 1) })),
    ...times(counts.MIASTO_NA_PRAWACH_POWIATU, i => ({
      jstType: 'MIASTO_NA_PRAWACH_POWIATU' as const,
      teryt: `${v.code}${61 + i}011`,
    })),
    ...gminaTypes.map((jstType, i) => ({
      jstType,
      teryt: `${v.code}${pad2((i % v.powiats) + 1)}${pad2(Math.floor(i / v.powiats) + 1)}${GMINA_TYPE_DIGIT[jstType]}`,
    })),
  ];
}

function shuffled<T>(items: T[], prng: Prng): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(prng.next() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

interface SizeModel {
  median: number;
  /** Spread of log(residents). */
  sd: number;
  min: number;
  max: number;
  /** Staff per 1,000 residents at 1,000 residents (the scale of staff ∝ residents^0.85). */
  staff: number;
}

/**
 * Residents (log-normal around a type's typical size, within its real range) and office staff
 * (growing a little less than proportionally with residents), so both size bands spread as in
 * reality: most rural gminas under 20,000 residents with 26–75 staff, cities far above.
 */
const SIZE: Record<JstType, SizeModel> = {
  GMINA_WIEJSKA: { median: 7_000, sd: 0.45, min: 1_300, max: 60_000, staff: 5.5 },
  GMINA_MIEJSKO_WIEJSKA: { median: 13_000, sd: 0.5, min: 2_500, max: 90_000, staff: 5.5 },
  GMINA_MIEJSKA: { median: 14_000, sd: 0.8, min: 1_000, max: 140_000, staff: 6.5 },
  MIASTO_NA_PRAWACH_POWIATU: { median: 100_000, sd: 0.7, min: 30_000, max: 1_800_000, staff: 7 },
  POWIAT: { median: 75_000, sd: 0.45, min: 20_000, max: 400_000, staff: 3 },
  WOJEWODZTWO: { median: 2_200_000, sd: 0.45, min: 950_000, max: 5_500_000, staff: 1.5 },
};

function size(jstType: JstType, prng: Prng): { population: number; staffCount: number } {
  const { median, sd, min, max, staff } = SIZE[jstType];
  const population = Math.round(
    Math.min(max, Math.max(min, median * Math.exp(prng.normal(0, sd)))),
  );
  const staffCount = Math.max(
    5,
    Math.round(staff * (population / 1000) ** 0.85 * Math.exp(prng.normal(0, 0.2))),
  );
  return { population, staffCount };
}

// Invented place names: the register is synthetic and must not pass for real offices.
const FIRST = 'Nowa Stara Wielka Mała Górna Dolna Zielona Długa Jasna Cicha'.split(' ');
const SECOND = (
  'Wola Dąbrowa Kępa Brzezina Polana Struga Olszyna Lipina Buczyna Osada ' +
  'Dolina Puszcza Skała Grobla Niwa Łąka Góra Jabłonna Kalina Leszczyna'
).split(' ');

function officeName(jstType: JstType, teryt: string, prng: Prng): string {
  const place = `${prng.pick(FIRST)} ${prng.pick(SECOND)}`;
  switch (jstType) {
    case 'WOJEWODZTWO':
      return `Urząd Marszałkowski — województwo ${findVoivodeship(teryt)!.name.pl} (syntetyczny)`;
    case 'POWIAT':
      return `Starostwo Powiatowe ${place} (syntetyczne)`;
    case 'GMINA_WIEJSKA':
      return `Urząd Gminy ${place} (syntetyczny)`;
    case 'GMINA_MIEJSKO_WIEJSKA':
      return `Urząd Miasta i Gminy ${place} (syntetyczny)`;
    default:
      return `Urząd Miasta ${place} (syntetyczny)`;
  }
}

/** The offices of a synthetic national register of `count` offices, the same for the same prng. */
export function nationalOffices(count: number, prng: Prng): OfficeEntity[] {
  const counts = scaledCounts(count);
  return NATIONAL_COUNTS.flatMap(v =>
    terytCodes(v, counts.get(v.code)!, prng).map(({ jstType, teryt }) =>
      Object.assign(new OfficeEntity(), {
        id: prng.uuid(),
        name: officeName(jstType, teryt, prng),
        jstType,
        teryt,
        voivodeshipCode: v.code,
        ...size(jstType, prng),
      }),
    ),
  );
}
