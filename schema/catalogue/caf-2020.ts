/**
 * CAF2020 (5th version, adopted by the EUPAN Directors-General in Nov 2019; Polish sources say
 * December 2019).
 *
 * Sources:
 * - English sub-criterion names: caf-network.eu sub-criterion pages (docs/domain.md §1.3).
 *   Criteria 6–8 share the names "Perception/Performance measurements"; the stakeholder group is
 *   added in parentheses so that a sub-criterion stays recognisable out of context (charts, CSV).
 * - Polish criterion names: KPRM CAF2020 guide ("Wspólna Metoda Oceny…", Warsaw, July 2020),
 *   as quoted in docs/domain.md §1.2.
 * - Polish sub-criterion names: the official text of the KPRM guide could not be found in the
 *   sources available to us, so these are our own faithful translations of the English names.
 *   Replace them with the guide's wording once someone has the PDF at hand.
 */
import type { CafVersion } from './caf-catalogue.types';
import { criterion, defineVersion } from './define-catalogue';
import { RESULT_CRITERIA_6_TO_8 } from './results-6-to-8';

export const CAF_2020: CafVersion = defineVersion(
  '2020',
  2020,
  { pl: 'Wspólna Metoda Oceny CAF 2020', en: 'Common Assessment Framework CAF 2020' },
  [
    criterion(1, { pl: 'Przywództwo', en: 'Leadership' }, [
      [
        '1.1',
        'Wyznaczanie kierunku rozwoju organizacji poprzez określenie jej misji, wizji i wartości',
        'Provide direction for the organisation by developing its mission, vision and values',
      ],
      [
        '1.2',
        'Zarządzanie organizacją, jej funkcjonowaniem i ciągłym doskonaleniem',
        'Manage the organisation, its performance and its continuous improvement',
      ],
      [
        '1.3',
        'Inspirowanie, motywowanie i wspieranie pracowników organizacji oraz bycie dla nich wzorem',
        'Inspire, motivate and support people in the organisation and act as a role model',
      ],
      [
        '1.4',
        'Zarządzanie skutecznymi relacjami z władzami politycznymi i innymi interesariuszami',
        'Manage effective relations with political authorities and other stakeholders',
      ],
    ]),
    criterion(2, { pl: 'Strategia i planowanie', en: 'Strategy and Planning' }, [
      [
        '2.1',
        'Identyfikowanie potrzeb i oczekiwań interesariuszy, otoczenia zewnętrznego oraz istotnych informacji zarządczych',
        'Identify the needs and expectations of stakeholders, the external environment and relevant management information',
      ],
      [
        '2.2',
        'Opracowywanie strategii i planów na podstawie zgromadzonych informacji',
        'Develop strategies and plans based on gathered information',
      ],
      [
        '2.3',
        'Komunikowanie, wdrażanie i przeglądanie strategii i planów',
        'Communicate, implement and review strategies and plans',
      ],
      [
        '2.4',
        'Zarządzanie zmianą i innowacjami w celu zapewnienia zwinności i odporności organizacji',
        'Manage change and innovation to ensure the agility and resilience of the organisation',
      ],
    ]),
    criterion(3, { pl: 'Pracownicy', en: 'People' }, [
      [
        '3.1',
        'Zarządzanie zasobami ludzkimi i ich doskonalenie w celu wspierania strategii organizacji',
        'Manage and improve human resources to support the strategy of the organisation',
      ],
      [
        '3.2',
        'Rozwijanie kompetencji pracowników i zarządzanie nimi',
        'Develop and manage competencies of people',
      ],
      [
        '3.3',
        'Angażowanie pracowników, zwiększanie ich uprawnień i wspieranie ich dobrostanu',
        'Involve and empower the people and support their well-being',
      ],
    ]),
    criterion(4, { pl: 'Partnerstwo i zasoby', en: 'Partnerships and Resources' }, [
      [
        '4.1',
        'Rozwijanie partnerstwa z odpowiednimi organizacjami i zarządzanie nim',
        'Develop and manage partnerships with relevant organisations',
      ],
      [
        '4.2',
        'Współpraca z obywatelami i organizacjami społeczeństwa obywatelskiego',
        'Collaborate with citizens and civil society organisations',
      ],
      ['4.3', 'Zarządzanie finansami', 'Manage finances'],
      ['4.4', 'Zarządzanie informacją i wiedzą', 'Manage information and knowledge'],
      ['4.5', 'Zarządzanie technologią', 'Manage technology'],
      ['4.6', 'Zarządzanie infrastrukturą', 'Manage facilities'],
    ]),
    criterion(5, { pl: 'Procesy', en: 'Processes' }, [
      [
        '5.1',
        'Projektowanie procesów i zarządzanie nimi w celu zwiększania wartości dla obywateli i klientów',
        'Design and manage processes to increase value for citizens and customers',
      ],
      [
        '5.2',
        'Dostarczanie produktów i usług klientom, obywatelom, interesariuszom i społeczeństwu',
        'Deliver products and services for customers, citizens, stakeholders and society',
      ],
      [
        '5.3',
        'Koordynowanie procesów w całej organizacji oraz z innymi odpowiednimi organizacjami',
        'Coordinate processes across the organisation and with other relevant organisations',
      ],
    ]),
    ...RESULT_CRITERIA_6_TO_8,
    criterion(9, { pl: 'Kluczowe wyniki działalności', en: 'Key Performance Results' }, [
      [
        '9.1',
        'Wyniki zewnętrzne: produkty i wartość publiczna',
        'External results: outputs and public value',
      ],
      ['9.2', 'Wyniki wewnętrzne: poziom efektywności', 'Internal results: level of efficiency'],
    ]),
  ],
);
