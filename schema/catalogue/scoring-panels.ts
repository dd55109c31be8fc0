/**
 * The four CAF scoring panels (docs/domain.md §1.4).
 *
 * Sources: the classical panels follow the EIPA text as mirrored by the Norwegian DFØ/difi page
 * "CAF skårskalaer" (0–5 and 0–100 scales, PDCA phases). The fine-tuned panels follow the CAF
 * 2013/2020 guides as summarised in docs/domain.md §1.4 (marked unconfirmed there). No official
 * Polish wording of the panels was found in the sources available to us: the Polish texts are our
 * own faithful translations.
 *
 * All panels share the same six 0–100 bands, which is what lets one normalisation rule serve
 * both scales (see normalise.ts).
 */
import type {
  EnablerPhase,
  LocalisedText,
  PanelColumn,
  PanelColumnCode,
  PanelLevel,
  ScoringPanel,
} from './caf-catalogue.types';
import { deepFreeze } from './define-catalogue';

/** The six 0–100 bands, lowest first; level i of a classical panel is score i on the 0–5 scale. */
export const SCORE_BANDS: readonly (readonly [min: number, max: number])[] = deepFreeze([
  [0, 10],
  [11, 30],
  [31, 50],
  [51, 70],
  [71, 90],
  [91, 100],
]);

type SixTexts = readonly [
  LocalisedText,
  LocalisedText,
  LocalisedText,
  LocalisedText,
  LocalisedText,
  LocalisedText,
];

interface ColumnOptions {
  /** Classical panels: level i is also score i on the 0–5 scale. */
  classical?: boolean;
  /** Classical enablers: the PDCA phase each level stands for (none for the lowest). */
  phases?: readonly (EnablerPhase | undefined)[];
}

const column = (
  code: PanelColumnCode,
  name: LocalisedText,
  texts: SixTexts,
  { classical = false, phases = [] }: ColumnOptions = {},
): PanelColumn => ({
  code,
  name,
  levels: SCORE_BANDS.map(([min, max], i): PanelLevel => {
    const phase = phases[i];
    return {
      ...(classical ? { score0to5: i } : {}),
      min,
      max,
      ...(phase ? { phase } : {}),
      description: texts[i] as LocalisedText,
    };
  }),
});

const ENABLER_PHASES: readonly (EnablerPhase | undefined)[] = [
  undefined,
  'PLAN',
  'DO',
  'CHECK',
  'ACT',
  'PDCA',
];

const CLASSICAL_ENABLER_TEXTS: SixTexts = [
  {
    pl: 'W tym obszarze nic nie zaplanowano ani nie zrealizowano; brak dowodów',
    en: 'Nothing is planned or done in this area; no evidence',
  },
  { pl: 'Działania są zaplanowane', en: 'Action is planned' },
  { pl: 'Działania są zaplanowane i wdrożone', en: 'Action is planned and implemented' },
  {
    pl: 'Działania są zaplanowane, wdrożone i sprawdzone w odniesieniu do własnych celów',
    en: 'Action is planned, implemented and checked against own targets',
  },
  {
    pl: 'Działania są zaplanowane, wdrożone, sprawdzone i skorygowane na podstawie wyników sprawdzenia (organizacja wyciąga wnioski)',
    en: 'Action is planned, implemented, checked and adjusted on the basis of the checks (we have learned)',
  },
  {
    pl: 'Wszystko w tym obszarze jest systematycznie planowane, wdrażane, sprawdzane i korygowane; organizacja uczy się od innych i stale się doskonali',
    en: 'Everything in this area is systematically planned, implemented, checked and adjusted; we learn from others and improve continuously',
  },
];

const CLASSICAL_RESULT_TEXTS: SixTexts = [
  {
    pl: 'Wyniki nie są mierzone i/lub brak informacji',
    en: 'No results are measured and/or no information is available',
  },
  {
    pl: 'Wyniki są mierzone i wykazują tendencję spadkową i/lub nie osiągnięto odpowiednich celów',
    en: 'Results are measured and show a negative trend and/or relevant targets are not met',
  },
  {
    pl: 'Wyniki wykazują tendencję stałą i/lub osiągnięto niektóre odpowiednie cele',
    en: 'Results show a flat trend and/or some relevant targets are met',
  },
  {
    pl: 'Wyniki wykazują tendencję wzrostową i/lub osiągnięto większość odpowiednich celów',
    en: 'Results show an improving trend and/or most relevant targets are met',
  },
  {
    pl: 'Wyniki wykazują znaczny postęp i/lub osiągnięto wszystkie odpowiednie cele',
    en: 'Results show substantial progress and/or all relevant targets are met',
  },
  {
    pl: 'Doskonałe i trwałe wyniki; osiągnięto wszystkie cele; korzystne porównania z odpowiednimi organizacjami w zakresie kluczowych wyników',
    en: 'Excellent and sustained results; all targets are met; positive comparison with relevant organisations for key results',
  },
];

const EVIDENCE_TEXTS: SixTexts = [
  { pl: 'Brak dowodów lub jedynie pomysły', en: 'No evidence or just an idea' },
  {
    pl: 'Nieliczne, słabe dowody dotyczące niektórych obszarów',
    en: 'Some weak evidence, related to some areas',
  },
  {
    pl: 'Pewne dobre dowody dotyczące istotnych obszarów',
    en: 'Some good evidence related to relevant areas',
  },
  { pl: 'Mocne dowody dotyczące większości obszarów', en: 'Strong evidence related to most areas' },
  {
    pl: 'Bardzo mocne dowody dotyczące wszystkich obszarów',
    en: 'Very strong evidence related to all areas',
  },
  {
    pl: 'Doskonałe dowody, porównane z innymi organizacjami, dotyczące wszystkich obszarów',
    en: 'Excellent evidence, compared with other organisations, related to all areas',
  },
];

const TREND_TEXTS: SixTexts = [
  { pl: 'Brak pomiarów', en: 'No measurement' },
  { pl: 'Tendencja spadkowa', en: 'Negative trend' },
  { pl: 'Tendencja stała lub niewielki postęp', en: 'Flat trend or modest progress' },
  { pl: 'Trwały postęp', en: 'Sustained progress' },
  { pl: 'Znaczny postęp', en: 'Substantial progress' },
  {
    pl: 'Korzystne porównanie z odpowiednimi organizacjami w zakresie wszystkich wyników',
    en: 'Positive comparison with relevant organisations for all results',
  },
];

const TARGET_TEXTS: SixTexts = [
  {
    pl: 'Brak informacji lub jedynie informacje anegdotyczne',
    en: 'No or anecdotal information',
  },
  { pl: 'Wyniki nie osiągają celów', en: 'Results do not meet targets' },
  { pl: 'Osiągnięto nieliczne cele', en: 'Few targets are met' },
  { pl: 'Osiągnięto niektóre odpowiednie cele', en: 'Some relevant targets are met' },
  { pl: 'Osiągnięto większość odpowiednich celów', en: 'Most of the relevant targets are met' },
  { pl: 'Osiągnięto wszystkie cele', en: 'All the targets are met' },
];

const CLASSICAL_COLUMN_NAME: LocalisedText = { pl: 'Ocena', en: 'Score' };

export const SCORING_PANELS: readonly ScoringPanel[] = deepFreeze<ScoringPanel[]>([
  {
    code: 'CLASSICAL_ENABLERS',
    kind: 'ENABLER',
    name: {
      pl: 'Klasyczna ocena punktowa – kryteria potencjału',
      en: 'Classical scoring – enablers',
    },
    columns: [
      column('CLASSICAL', CLASSICAL_COLUMN_NAME, CLASSICAL_ENABLER_TEXTS, {
        classical: true,
        phases: ENABLER_PHASES,
      }),
    ],
  },
  {
    code: 'CLASSICAL_RESULTS',
    kind: 'RESULT',
    name: {
      pl: 'Klasyczna ocena punktowa – kryteria wyników',
      en: 'Classical scoring – results',
    },
    columns: [
      column('CLASSICAL', CLASSICAL_COLUMN_NAME, CLASSICAL_RESULT_TEXTS, { classical: true }),
    ],
  },
  {
    code: 'FINE_TUNED_ENABLERS',
    kind: 'ENABLER',
    name: {
      pl: 'Szczegółowa ocena punktowa – kryteria potencjału',
      en: 'Fine-tuned scoring – enablers',
    },
    // Each phase is scored on its own against the same evidence bands, then averaged.
    columns: [
      column('PLAN', { pl: 'Planowanie (PLAN)', en: 'Plan' }, EVIDENCE_TEXTS),
      column('DO', { pl: 'Wykonanie (DO)', en: 'Do' }, EVIDENCE_TEXTS),
      column('CHECK', { pl: 'Sprawdzenie (CHECK)', en: 'Check' }, EVIDENCE_TEXTS),
      column('ACT', { pl: 'Działanie korygujące (ACT)', en: 'Act' }, EVIDENCE_TEXTS),
    ],
  },
  {
    code: 'FINE_TUNED_RESULTS',
    kind: 'RESULT',
    name: {
      pl: 'Szczegółowa ocena punktowa – kryteria wyników',
      en: 'Fine-tuned scoring – results',
    },
    columns: [
      column('TRENDS', { pl: 'Tendencje', en: 'Trends' }, TREND_TEXTS),
      column('TARGETS', { pl: 'Cele', en: 'Targets' }, TARGET_TEXTS),
    ],
  },
]);
