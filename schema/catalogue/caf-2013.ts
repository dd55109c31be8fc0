/**
 * CAF 2013 (launched in Oslo, Sept 2012). Same 9 criteria / 28 sub-criteria and the same codes
 * as CAF2020, so scores map 1:1 by code; only the wording differs.
 *
 * Sources:
 * - English names: the CAF 2013 wording as summarised in docs/domain.md §1.3 (marked
 *   unconfirmed there: background knowledge, not confirmed by a retrieved page). Where it lists no
 *   difference, the CAF 2013 guide's own wording is used as we know it.
 * - Polish criterion names: the KPRM CAF2020 names (docs/domain.md §1.2); criterion names did not
 *   change between 2013 and 2020, and no Polish CAF 2013 text was found to say otherwise.
 * - Polish sub-criterion names: no official Polish CAF 2013 text was found in the sources
 *   available to us; these are our own faithful translations, worded like caf-2020.ts where the
 *   English is the same.
 */
import type { CafVersion } from './caf-catalogue.types';
import { criterion, defineVersion } from './define-catalogue';
import { RESULT_CRITERIA_6_TO_8 } from './results-6-to-8';

export const CAF_2013: CafVersion = defineVersion(
  '2013',
  2013,
  { pl: 'Wspólna Metoda Oceny CAF 2013', en: 'Common Assessment Framework CAF 2013' },
  [
    criterion(1, { pl: 'Przywództwo', en: 'Leadership' }, [
      [
        '1.1',
        'Wyznaczanie kierunku działania organizacji poprzez określenie jej misji, wizji i wartości',
        'Provide direction to the organisation by developing its mission, vision and values',
      ],
      [
        '1.2',
        'Zarządzanie organizacją, jej funkcjonowaniem i ciągłym doskonaleniem',
        'Manage the organisation, its performance and its continuous improvement',
      ],
      [
        '1.3',
        'Motywowanie i wspieranie pracowników organizacji oraz bycie dla nich wzorem',
        'Motivate and support people in the organisation and act as a role model',
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
        'Gromadzenie informacji o obecnych i przyszłych potrzebach interesariuszy oraz istotnych informacji zarządczych',
        'Gather information on the present and future needs of stakeholders as well as relevant management information',
      ],
      [
        '2.2',
        'Opracowywanie strategii i planów z uwzględnieniem zgromadzonych informacji',
        'Develop strategy and planning, taking into account the gathered information',
      ],
      [
        '2.3',
        'Komunikowanie i wdrażanie strategii i planów w całej organizacji oraz ich regularny przegląd',
        'Communicate and implement strategy and planning in the whole organisation and review it on a regular basis',
      ],
      [
        '2.4',
        'Planowanie, wdrażanie i przegląd innowacji i zmian',
        'Plan, implement and review innovation and change',
      ],
    ]),
    criterion(3, { pl: 'Pracownicy', en: 'People' }, [
      [
        '3.1',
        'Planowanie, zarządzanie i doskonalenie zasobów ludzkich w przejrzysty sposób, zgodnie ze strategią',
        'Plan, manage and improve human resources transparently with regard to strategy',
      ],
      [
        '3.2',
        'Identyfikowanie, rozwijanie i wykorzystywanie kompetencji pracowników z uzgodnieniem celów indywidualnych i celów organizacji',
        'Identify, develop and use competencies of employees, aligning individual and organisational goals',
      ],
      [
        '3.3',
        'Angażowanie pracowników poprzez otwarty dialog i zwiększanie ich uprawnień oraz wspieranie ich dobrostanu',
        'Involve employees by developing open dialogue and empowerment, supporting their well-being',
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
        'Rozwijanie i wdrażanie partnerstwa z obywatelami/klientami',
        'Develop and implement partnerships with the citizens/customers',
      ],
      ['4.3', 'Zarządzanie finansami', 'Manage finances'],
      ['4.4', 'Zarządzanie informacją i wiedzą', 'Manage information and knowledge'],
      ['4.5', 'Zarządzanie technologią', 'Manage technology'],
      ['4.6', 'Zarządzanie infrastrukturą', 'Manage facilities'],
    ]),
    criterion(5, { pl: 'Procesy', en: 'Processes' }, [
      [
        '5.1',
        'Ciągłe identyfikowanie, projektowanie i zarządzanie procesami oraz wprowadzanie w nich innowacji z udziałem interesariuszy',
        'Identify, design, manage and innovate processes on an ongoing basis, involving the stakeholders',
      ],
      [
        '5.2',
        'Opracowywanie i dostarczanie usług i produktów zorientowanych na obywateli/klientów',
        'Develop and deliver citizen/customer-oriented services and products',
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
        'Wyniki zewnętrzne: produkty i rezultaty w odniesieniu do celów',
        'External results: outputs and outcomes to goals',
      ],
      ['9.2', 'Wyniki wewnętrzne: poziom efektywności', 'Internal results: level of efficiency'],
    ]),
  ],
);
