/**
 * CAF 2006 (presented at the 4th EU Quality Conference, Tampere, Sept 2006). Same 9 criteria /
 * 28 sub-criteria structure and codes as CAF 2013/2020; criterion 8 was "Society results".
 * Most Polish offices that used CAF before 2013 (KPRM and MSWiA projects) used this version.
 *
 * Sources:
 * - Polish criterion names: caf.kprm.gov.pl ("kryteria POTENCJAŁU … kryteria WYNIKÓW …"), also
 *   quoted word for word by Polish offices' CAF 2006 pages (e.g. powiatbialski.eu, 2011).
 * - Polish names of sub-criteria 1.1–2.4: a Polish office's CAF 2006 self-assessment report
 *   ("Sprawozdanie z wyników samooceny", docplayer.pl/29757055), which uses the Polish CAF 2006
 *   wording; two obvious typos in that copy are corrected ("kierunki" → "kierunku",
 *   "zarządzenia" → "zarządzania").
 * - Polish names of sub-criteria 3.1–9.2: no official Polish text was found in the sources
 *   available to us; these are our own faithful translations in the same style.
 * - English names: the EIPA CAF 2006 brochure ("Improving an organisation through
 *   self-assessment") as we know it; not re-checked against a retrieved copy, so treat the
 *   wording of 6.x–9.x in particular as unconfirmed (docs/domain.md §1.3).
 */
import type { CafVersion } from './caf-catalogue.types';
import { criterion, defineVersion } from './define-catalogue';

export const CAF_2006: CafVersion = defineVersion(
  '2006',
  2006,
  { pl: 'Wspólna Metoda Oceny CAF 2006', en: 'Common Assessment Framework CAF 2006' },
  [
    criterion(1, { pl: 'Przywództwo', en: 'Leadership' }, [
      [
        '1.1',
        'Wytyczanie kierunku działania organizacji poprzez sformułowanie jej misji, wizji i wartości',
        'Provide direction to the organisation by developing its mission, vision and values',
      ],
      [
        '1.2',
        'Opracowywanie i wdrażanie systemu zarządzania organizacją, jej funkcjonowaniem i zmianą',
        'Develop and implement a system for the management of the organisation, performance and change',
      ],
      [
        '1.3',
        'Motywowanie i wspieranie pracowników organizacji, także bycie dla nich wzorcem wypełniania roli',
        'Motivate and support people in the organisation and act as a role model',
      ],
      [
        '1.4',
        'Zarządzanie relacjami z politykami i innymi zainteresowanymi stronami w celu zapewnienia wspólnej odpowiedzialności',
        'Manage the relations with politicians and other stakeholders in order to ensure shared responsibility',
      ],
    ]),
    criterion(2, { pl: 'Strategia i planowanie', en: 'Strategy and planning' }, [
      [
        '2.1',
        'Gromadzenie informacji o obecnych i przyszłych potrzebach zainteresowanych stron',
        'Gather information relating to the present and future needs of stakeholders',
      ],
      [
        '2.2',
        'Opracowywanie, dokonywanie przeglądów i aktualizowanie strategii i planów, uwzględniając potrzeby zainteresowanych stron i dostępne zasoby',
        'Develop, review and update strategy and planning taking into account the needs of stakeholders and available resources',
      ],
      [
        '2.3',
        'Realizowanie strategii i planów w całej organizacji',
        'Implement strategy and planning in the whole organisation',
      ],
      [
        '2.4',
        'Planowanie, wdrażanie i analizowanie działań modernizacyjnych i innowacyjnych',
        'Plan, implement and review modernisation and innovation',
      ],
    ]),
    criterion(3, { pl: 'Pracownicy', en: 'People' }, [
      [
        '3.1',
        'Planowanie, zarządzanie i doskonalenie zasobów ludzkich w przejrzysty sposób, zgodnie ze strategią i planami',
        'Plan, manage and improve human resources transparently with regard to strategy and planning',
      ],
      [
        '3.2',
        'Identyfikowanie, rozwijanie i wykorzystywanie kompetencji pracowników z uzgodnieniem celów indywidualnych i celów organizacji',
        'Identify, develop and use competencies of employees, aligning individual and organisational goals',
      ],
      [
        '3.3',
        'Angażowanie pracowników poprzez rozwijanie otwartego dialogu i delegowanie uprawnień',
        'Involve employees by developing open dialogue and empowerment',
      ],
    ]),
    criterion(4, { pl: 'Partnerstwo i zasoby', en: 'Partnerships and resources' }, [
      [
        '4.1',
        'Rozwijanie i wdrażanie kluczowych relacji partnerskich',
        'Develop and implement key partnership relations',
      ],
      [
        '4.2',
        'Rozwijanie i wdrażanie partnerskich relacji z obywatelami/klientami',
        'Develop and implement partnerships with the citizens/customers',
      ],
      ['4.3', 'Zarządzanie finansami', 'Manage finances'],
      ['4.4', 'Zarządzanie informacją i wiedzą', 'Manage information and knowledge'],
      ['4.5', 'Zarządzanie technologią', 'Manage technology'],
      ['4.6', 'Zarządzanie budynkami i innymi zasobami materialnymi', 'Manage facilities'],
    ]),
    criterion(5, { pl: 'Procesy', en: 'Processes' }, [
      [
        '5.1',
        'Identyfikowanie, projektowanie, zarządzanie i doskonalenie procesów w sposób ciągły',
        'Identify, design, manage and improve processes on an ongoing basis',
      ],
      [
        '5.2',
        'Opracowywanie i dostarczanie usług i produktów zorientowanych na obywateli/klientów',
        'Develop and deliver citizen/customer-oriented services and products',
      ],
      [
        '5.3',
        'Wprowadzanie innowacji w procesach z udziałem obywateli/klientów',
        'Innovate processes involving citizens/customers',
      ],
    ]),
    criterion(
      6,
      {
        pl: 'Wyniki działalności w relacjach z obywatelami/klientami',
        en: 'Citizen/customer-oriented results',
      },
      [
        [
          '6.1',
          'Wyniki pomiarów satysfakcji obywateli/klientów',
          'Results of citizen/customer satisfaction measurements',
        ],
        [
          '6.2',
          'Wskaźniki pomiarów zorientowanych na obywateli/klientów',
          'Indicators of citizen/customer-oriented measurements',
        ],
      ],
    ),
    criterion(7, { pl: 'Wyniki działalności w relacjach z pracownikami', en: 'People results' }, [
      [
        '7.1',
        'Wyniki pomiarów satysfakcji i motywacji pracowników',
        'Results of people satisfaction and motivation measurements',
      ],
      ['7.2', 'Wskaźniki wyników dotyczących pracowników', 'Indicators of people results'],
    ]),
    criterion(8, { pl: 'Społeczne wyniki działalności', en: 'Society results' }, [
      [
        '8.1',
        'Wyniki pomiarów społecznych postrzegane przez zainteresowane strony',
        'Results of societal measurements perceived by the stakeholders',
      ],
      [
        '8.2',
        'Wskaźniki wyników społecznych ustalone przez organizację',
        'Indicators of societal performance established by the organisation',
      ],
    ]),
    criterion(9, { pl: 'Kluczowe wyniki działalności', en: 'Key performance results' }, [
      [
        '9.1',
        'Kluczowe wyniki zewnętrzne: stopień osiągnięcia celów',
        'Key outcome results (external results)',
      ],
      [
        '9.2',
        'Kluczowe wyniki wewnętrzne: efektywność i wyniki finansowe',
        'Key performance results (internal results)',
      ],
    ]),
  ],
);
