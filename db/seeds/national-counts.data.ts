/**
 * How many JST of each type each voivodeship has, approximately as on 1 Jan 2020 (docs/domain.md
 * §3.1): the powiat and city counts are GUS's; the split of gminas by type is rounded per
 * voivodeship so that the national totals match (2,477 gminas: 302 urban including the 66 cities
 * with county rights, 642 urban-rural, 1,533 rural; 314 powiats; 16 voivodeships).
 */
export interface VoivodeshipCounts {
  code: string;
  powiats: number;
  citiesWithCountyRights: number;
  /** Urban gminas other than the cities with county rights. */
  urbanGminas: number;
  urbanRuralGminas: number;
  ruralGminas: number;
}

// [WW, powiats, cities with county rights, other urban, urban-rural, rural gminas]
const ROWS: readonly (readonly [string, number, number, number, number, number])[] = [
  ['02', 26, 4, 31, 55, 79],
  ['04', 19, 4, 13, 35, 92],
  ['06', 20, 4, 16, 24, 169],
  ['08', 12, 2, 7, 33, 40],
  ['10', 21, 3, 15, 26, 133],
  ['12', 19, 3, 11, 52, 116],
  ['14', 37, 5, 30, 55, 224],
  ['16', 11, 1, 2, 32, 36],
  ['18', 21, 4, 12, 46, 98],
  ['20', 14, 3, 10, 27, 78],
  ['22', 16, 4, 18, 20, 81],
  ['24', 17, 19, 30, 22, 96],
  ['26', 13, 1, 4, 40, 57],
  ['28', 19, 2, 14, 33, 67],
  ['30', 31, 4, 15, 90, 117],
  ['32', 18, 3, 8, 52, 50],
];

export const NATIONAL_COUNTS: readonly VoivodeshipCounts[] = ROWS.map(
  ([code, powiats, citiesWithCountyRights, urbanGminas, urbanRuralGminas, ruralGminas]) => ({
    code,
    powiats,
    citiesWithCountyRights,
    urbanGminas,
    urbanRuralGminas,
    ruralGminas,
  }),
);
