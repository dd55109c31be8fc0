import type { CafCriterion } from './caf-catalogue.types';
import { criterion } from './define-catalogue';

/**
 * Result criteria 6–8 (perception and performance measurements): worded identically in CAF 2013
 * and CAF 2020, so both versions use these objects.
 */
export const RESULT_CRITERIA_6_TO_8: readonly CafCriterion[] = [
  criterion(
    6,
    {
      pl: 'Wyniki w relacjach z obywatelami/klientami',
      en: 'Citizen/Customer-oriented Results',
    },
    [
      [
        '6.1',
        'Pomiary postrzegania (obywatele/klienci)',
        'Perception measurements (citizens/customers)',
      ],
      [
        '6.2',
        'Pomiary wyników działalności (obywatele/klienci)',
        'Performance measurements (citizens/customers)',
      ],
    ],
  ),
  criterion(7, { pl: 'Wyniki w relacjach z pracownikami', en: 'People Results' }, [
    ['7.1', 'Pomiary postrzegania (pracownicy)', 'Perception measurements (people)'],
    ['7.2', 'Pomiary wyników działalności (pracownicy)', 'Performance measurements (people)'],
  ]),
  criterion(8, { pl: 'Wyniki odpowiedzialności społecznej', en: 'Social Responsibility Results' }, [
    [
      '8.1',
      'Pomiary postrzegania (odpowiedzialność społeczna)',
      'Perception measurements (social responsibility)',
    ],
    [
      '8.2',
      'Pomiary wyników działalności (odpowiedzialność społeczna)',
      'Performance measurements (social responsibility)',
    ],
  ]),
];
