import type { DemoOfficeSeed } from './demo-offices.data';

export interface DemoProgrammeSeed {
  code: string;
  name: string;
  description: string;
  fundingSource: string | null;
  startsOn: string;
  endsOn: string | null;
  minGroupSize: number;
  /** teryt of the leading office, if an office leads it. */
  leaderTeryt: string | null;
  /** Which demo offices take part (besides the leader). */
  includes: (office: DemoOfficeSeed) => boolean;
}

const DEMO_NOTE =
  'Skład uczestników poza liderem i wszystkie wyniki CAF są danymi demonstracyjnymi (syntetycznymi).';

/** Real programmes described in docs/domain.md §5; their membership lists are not public. */
export const DEMO_PROGRAMMES: readonly DemoProgrammeSeed[] = [
  {
    code: 'dzierzoniow-2009',
    name: 'Program doskonalenia jakości usług publicznych w urzędach Dolnego Śląska i Małopolski z wykorzystaniem doświadczeń Urzędu Miasta w Dzierżoniowie',
    description: `Samooceny CAF, działania doskonalące, wdrożenia ISO 9000, portale intranetowe, szkolenia i benchmarking 27 JST Dolnego Śląska i Małopolski. ${DEMO_NOTE}`,
    fundingSource:
      'PO KL 2007–2013, Poddziałanie 5.2.1 „Modernizacja zarządzania w administracji samorządowej” (instytucja pośrednicząca: MSWiA)',
    startsOn: '2009-05-05',
    endsOn: '2011-09-16',
    minGroupSize: 5,
    leaderTeryt: '0202021',
    includes: office =>
      ['02', '12'].includes(office.teryt.slice(0, 2)) && office.jstType !== 'WOJEWODZTWO',
  },
  {
    code: 'mswia-caf-jst-2015',
    name: 'Systemowe wsparcie procesów zarządzania w JST',
    description: `Ogólnopolski projekt MSWiA wspierający wdrażanie modelu CAF w urzędach JST, zakończony poświadczeniem „Skuteczny Użytkownik CAF”. ${DEMO_NOTE}`,
    fundingSource: 'Projekt współfinansowany przez Unię Europejską, lider: MSWiA',
    startsOn: '2015-08-01',
    endsOn: '2017-12-31',
    minGroupSize: 5,
    leaderTeryt: null,
    includes: office =>
      ['0202', '1205', '2610'].includes(office.teryt.slice(0, 4)) ||
      office.teryt.startsWith('18') ||
      (office.jstType === 'POWIAT' && office.teryt.startsWith('12')),
  },
];
