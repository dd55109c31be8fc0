/**
 * Demo seed: REAL Polish local-government offices (JST). Their CAF scores in the demo are
 * synthetic, but the identity data below (name, JST type, TERC code) is real.
 *
 * TERC codes were taken from GUS TERC extracts published in public GitHub repositories:
 *   - pszemek90/polishPlacesSearchEngine, `TERC.csv`
 *     (commit 714f48cb28fbd939ad8c24257c9af1d1b8ffeb86), GUS TERC as of 2020-01-01: every code
 *     below, including powiat skarżyski (2610) and Zakopane;
 *   - star-in-the-jar/hackyeah-fintax-taxuam, `frontend/src/mocks/lokacje.json`
 *     (commit 32db9eece8dc858a07c4f5a5e4e625b6a0bd8fd1), GUS TERC as of 2024-01-01: cross-check
 *     of all codes in 02, 12 and 18 (all unchanged; Zakopane and 2610 were not re-read there).
 * None of these units changed type (R digit) in the 2025 and 2026 town-status regulations
 * (new towns were in mazowieckie, lubelskie, pomorskie, świętokrzyskie, wielkopolskie, opolskie,
 * śląskie only), so the codes hold as of 2026-01-01.
 *
 * `population` is approximate (recent GUS figures, 2022–2024, rounded to 100) and `staffCount`
 * is an estimate, not a published fact. Office names follow each office's commonly used name.
 */
import type { JstType } from '@caf/schema';

export interface DemoOfficeSeed {
  /**
   * Official office name, e.g. 'Urząd Miasta Dzierżoniów', 'Urząd Gminy Sękowa',
   * 'Starostwo Powiatowe w Dzierżoniowie'
   */
  name: string;
  jstType: JstType;
  /**
   * TERC code: 7 digits for gminas and cities with county rights (e.g. Wrocław '0264011'),
   * 4 digits (WWPP) for powiats, 2 digits for a voivodeship
   */
  teryt: string;
  /** approx. residents (GUS, recent year), rounded to the nearest 100 */
  population: number;
  /** plausible office staff headcount (estimate; not a published fact) */
  staffCount: number;
  /** why it is in the demo: named in public sources (docs/domain.md §5) or added for peer groups */
  origin: 'named-in-sources' | 'added-for-peer-groups';
}

// One office per line: a table to read down, so prettier leaves it alone.
// prettier-ignore
export const DEMO_OFFICES: readonly DemoOfficeSeed[] = [
  { name: 'Urząd Marszałkowski Województwa Dolnośląskiego', jstType: 'WOJEWODZTWO', teryt: '02', population: 2_867_000, staffCount: 1_300, origin: 'named-in-sources' },
  { name: 'Urząd Miasta Bolesławiec', jstType: 'GMINA_MIEJSKA', teryt: '0201011', population: 36_100, staffCount: 210, origin: 'added-for-peer-groups' },
  { name: 'Starostwo Powiatowe w Dzierżoniowie', jstType: 'POWIAT', teryt: '0202', population: 98_200, staffCount: 170, origin: 'named-in-sources' },
  { name: 'Urząd Miejski w Bielawie', jstType: 'GMINA_MIEJSKA', teryt: '0202011', population: 28_300, staffCount: 150, origin: 'added-for-peer-groups' },
  // As given in docs/domain.md §5.1 (an older description); GUS: 33,239 in mid-2019, falling since.
  { name: 'Urząd Miasta Dzierżoniów', jstType: 'GMINA_MIEJSKA', teryt: '0202021', population: 34_400, staffCount: 330, origin: 'named-in-sources' },
  { name: 'Urząd Miejski w Pieszycach', jstType: 'GMINA_MIEJSKO_WIEJSKA', teryt: '0202033', population: 9_100, staffCount: 55, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miasta Piława Górna', jstType: 'GMINA_MIEJSKA', teryt: '0202041', population: 6_200, staffCount: 45, origin: 'added-for-peer-groups' },
  { name: 'Urząd Gminy Dzierżoniów', jstType: 'GMINA_WIEJSKA', teryt: '0202052', population: 8_900, staffCount: 50, origin: 'named-in-sources' },
  { name: 'Urząd Gminy Łagiewniki', jstType: 'GMINA_WIEJSKA', teryt: '0202062', population: 7_300, staffCount: 45, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miasta i Gminy Niemcza', jstType: 'GMINA_MIEJSKO_WIEJSKA', teryt: '0202073', population: 5_700, staffCount: 40, origin: 'added-for-peer-groups' },
  { name: 'Starostwo Powiatowe w Kłodzku', jstType: 'POWIAT', teryt: '0208', population: 153_000, staffCount: 250, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miasta i Gminy Bystrzyca Kłodzka', jstType: 'GMINA_MIEJSKO_WIEJSKA', teryt: '0208063', population: 17_500, staffCount: 80, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miejski w Oławie', jstType: 'GMINA_MIEJSKA', teryt: '0215011', population: 32_900, staffCount: 180, origin: 'added-for-peer-groups' },
  { name: 'Starostwo Powiatowe w Świdnicy', jstType: 'POWIAT', teryt: '0219', population: 152_000, staffCount: 250, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miejski w Świdnicy', jstType: 'GMINA_MIEJSKA', teryt: '0219011', population: 54_000, staffCount: 280, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miejski w Świebodzicach', jstType: 'GMINA_MIEJSKA', teryt: '0219021', population: 21_300, staffCount: 110, origin: 'added-for-peer-groups' },
  { name: 'Urząd Gminy Marcinowice', jstType: 'GMINA_WIEJSKA', teryt: '0219052', population: 6_600, staffCount: 40, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miejski w Strzegomiu', jstType: 'GMINA_MIEJSKO_WIEJSKA', teryt: '0219063', population: 24_600, staffCount: 120, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miejski w Trzebnicy', jstType: 'GMINA_MIEJSKO_WIEJSKA', teryt: '0220033', population: 25_900, staffCount: 120, origin: 'added-for-peer-groups' },
  { name: 'Starostwo Powiatowe we Wrocławiu', jstType: 'POWIAT', teryt: '0223', population: 180_000, staffCount: 300, origin: 'added-for-peer-groups' },
  { name: 'Urząd Gminy Długołęka', jstType: 'GMINA_WIEJSKA', teryt: '0223022', population: 35_800, staffCount: 150, origin: 'added-for-peer-groups' },
  { name: 'Urząd Gminy Jordanów Śląski', jstType: 'GMINA_WIEJSKA', teryt: '0223032', population: 3_200, staffCount: 25, origin: 'added-for-peer-groups' },
  { name: 'Urząd Gminy Kobierzyce', jstType: 'GMINA_WIEJSKA', teryt: '0223052', population: 24_000, staffCount: 150, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miejski w Siechnicach', jstType: 'GMINA_MIEJSKO_WIEJSKA', teryt: '0223083', population: 27_200, staffCount: 140, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miasta Legnica', jstType: 'MIASTO_NA_PRAWACH_POWIATU', teryt: '0262011', population: 93_000, staffCount: 550, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miejski Wrocławia', jstType: 'MIASTO_NA_PRAWACH_POWIATU', teryt: '0264011', population: 674_000, staffCount: 2_600, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miasta Bochnia', jstType: 'GMINA_MIEJSKA', teryt: '1201011', population: 29_700, staffCount: 150, origin: 'added-for-peer-groups' },
  { name: 'Starostwo Powiatowe w Gorlicach', jstType: 'POWIAT', teryt: '1205', population: 105_500, staffCount: 180, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miejski w Gorlicach', jstType: 'GMINA_MIEJSKA', teryt: '1205011', population: 26_500, staffCount: 130, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miejski w Bieczu', jstType: 'GMINA_MIEJSKO_WIEJSKA', teryt: '1205023', population: 16_800, staffCount: 70, origin: 'added-for-peer-groups' },
  { name: 'Urząd Gminy Sękowa', jstType: 'GMINA_WIEJSKA', teryt: '1205092', population: 4_900, staffCount: 35, origin: 'named-in-sources' },
  { name: 'Urząd Gminy Uście Gorlickie', jstType: 'GMINA_WIEJSKA', teryt: '1205102', population: 6_900, staffCount: 40, origin: 'added-for-peer-groups' },
  { name: 'Starostwo Powiatowe w Krakowie', jstType: 'POWIAT', teryt: '1206', population: 291_000, staffCount: 400, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miasta i Gminy w Skawinie', jstType: 'GMINA_MIEJSKO_WIEJSKA', teryt: '1206113', population: 45_400, staffCount: 200, origin: 'added-for-peer-groups' },
  { name: 'Urząd Gminy Zabierzów', jstType: 'GMINA_WIEJSKA', teryt: '1206162', population: 28_200, staffCount: 120, origin: 'added-for-peer-groups' },
  { name: 'Urząd Gminy Zielonki', jstType: 'GMINA_WIEJSKA', teryt: '1206172', population: 25_300, staffCount: 110, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miasta Limanowa', jstType: 'GMINA_MIEJSKA', teryt: '1207011', population: 14_700, staffCount: 70, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miasta i Gminy Myślenice', jstType: 'GMINA_MIEJSKO_WIEJSKA', teryt: '1209033', population: 44_500, staffCount: 180, origin: 'added-for-peer-groups' },
  { name: 'Starostwo Powiatowe w Nowym Sączu', jstType: 'POWIAT', teryt: '1210', population: 217_000, staffCount: 320, origin: 'added-for-peer-groups' },
  { name: 'Urząd Gminy Chełmiec', jstType: 'GMINA_WIEJSKA', teryt: '1210022', population: 29_300, staffCount: 100, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miejski w Starym Sączu', jstType: 'GMINA_MIEJSKO_WIEJSKA', teryt: '1210163', population: 23_600, staffCount: 100, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miasta Nowy Targ', jstType: 'GMINA_MIEJSKA', teryt: '1211011', population: 32_300, staffCount: 170, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miasta Oświęcim', jstType: 'GMINA_MIEJSKA', teryt: '1213011', population: 35_100, staffCount: 200, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miasta Zakopane', jstType: 'GMINA_MIEJSKA', teryt: '1217011', population: 25_900, staffCount: 170, origin: 'added-for-peer-groups' },
  { name: 'Urząd Gminy Kościelisko', jstType: 'GMINA_WIEJSKA', teryt: '1217042', population: 8_900, staffCount: 50, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miasta i Gminy Niepołomice', jstType: 'GMINA_MIEJSKO_WIEJSKA', teryt: '1219043', population: 31_200, staffCount: 150, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miasta i Gminy Wieliczka', jstType: 'GMINA_MIEJSKO_WIEJSKA', teryt: '1219053', population: 68_000, staffCount: 230, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miasta Krakowa', jstType: 'MIASTO_NA_PRAWACH_POWIATU', teryt: '1261011', population: 803_300, staffCount: 3_600, origin: 'named-in-sources' },
  { name: 'Urząd Miasta Nowego Sącza', jstType: 'MIASTO_NA_PRAWACH_POWIATU', teryt: '1262011', population: 82_600, staffCount: 500, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miasta Tarnowa', jstType: 'MIASTO_NA_PRAWACH_POWIATU', teryt: '1263011', population: 104_800, staffCount: 650, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miejski w Dębicy', jstType: 'GMINA_MIEJSKA', teryt: '1803011', population: 44_200, staffCount: 200, origin: 'added-for-peer-groups' },
  { name: 'Urząd Gminy Dębica', jstType: 'GMINA_WIEJSKA', teryt: '1803042', population: 26_300, staffCount: 90, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miejski w Pilźnie', jstType: 'GMINA_MIEJSKO_WIEJSKA', teryt: '1803063', population: 17_900, staffCount: 70, origin: 'added-for-peer-groups' },
  { name: 'Urząd Miasta Jasła', jstType: 'GMINA_MIEJSKA', teryt: '1805011', population: 33_800, staffCount: 180, origin: 'added-for-peer-groups' },
  { name: 'Urząd Gminy Jedlicze', jstType: 'GMINA_MIEJSKO_WIEJSKA', teryt: '1807043', population: 15_400, staffCount: 60, origin: 'added-for-peer-groups' },
  { name: 'Urząd Gminy Miejsce Piastowe', jstType: 'GMINA_WIEJSKA', teryt: '1807072', population: 14_300, staffCount: 50, origin: 'added-for-peer-groups' },
  { name: 'Starostwo Powiatowe w Skarżysku-Kamiennej', jstType: 'POWIAT', teryt: '2610', population: 70_500, staffCount: 130, origin: 'named-in-sources' },
];
