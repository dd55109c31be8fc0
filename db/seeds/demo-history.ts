import type { ImprovementActionStatus, IsoEdition, IsoEventType } from '@caf/schema';
import type { Prng } from './prng';

export interface ActionSeed {
  title: string;
  status: ImprovementActionStatus;
  startsOn: string;
  dueOn: string;
  completedOn: string | null;
}

/** Typical improvement actions per CAF criterion, phrased as Polish offices write them. */
const ACTION_TITLES: Readonly<Record<number, readonly string[]>> = {
  1: [
    'Aktualizacja misji, wizji i wartości urzędu z udziałem pracowników',
    'Wprowadzenie przeglądów zarządzania co kwartał',
  ],
  2: [
    'Badanie potrzeb mieszkańców przed aktualizacją strategii',
    'Karta wyników strategicznych dla kierownictwa',
  ],
  3: ['System ocen okresowych powiązany z planem szkoleń', 'Program wdrożenia nowych pracowników'],
  4: [
    'Partnerstwo z organizacjami pozarządowymi w konsultacjach',
    'Portal intranetowy do zarządzania wiedzą',
  ],
  5: [
    'Mapa procesów i aktualizacja kart usług',
    'Elektroniczny obieg dokumentów w Biurze Obsługi Klienta',
  ],
  6: ['Coroczne badanie satysfakcji klientów', 'Monitoring czasu załatwiania spraw'],
  7: [
    'Badanie satysfakcji i zaangażowania pracowników',
    'Wskaźniki absencji i rotacji w raporcie kadrowym',
  ],
  8: [
    'Raport oddziaływania urzędu na środowisko i społeczność lokalną',
    'Program wolontariatu pracowniczego',
  ],
  9: [
    'Zestaw kluczowych wskaźników efektywności urzędu',
    'Porównanie kosztów usług z innymi urzędami (benchmarking)',
  ],
};

export function improvementActions(
  criterion: number,
  year: number,
  asOfYear: number,
  prng: Prng,
): ActionSeed {
  const title = prng.pick(ACTION_TITLES[criterion]!);
  const startsOn = `${year}-03-01`;
  const dueOn = `${year + 1}-12-31`;
  const age = asOfYear - year;
  const status: ImprovementActionStatus =
    age >= 3
      ? prng.chance(0.85)
        ? 'DONE'
        : 'CANCELLED'
      : age >= 1
        ? prng.pick(['IN_PROGRESS', 'DONE'] as const)
        : 'PLANNED';
  const completedOn =
    status === 'DONE'
      ? `${year + 1}-${String(1 + Math.floor(prng.next() * 12)).padStart(2, '0')}-15`
      : null;
  return { title, status, startsOn, dueOn, completedOn };
}

export interface IsoEventSeed {
  type: IsoEventType;
  occurredOn: string;
  validUntil: string | null;
}

export interface IsoHistorySeed {
  edition: IsoEdition;
  events: IsoEventSeed[];
}

export type IsoOutcome = 'ONGOING' | 'EXPIRED' | 'WITHDRAWN' | 'SUSPENDED';

const date = (year: number, month: number, day = 15): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

const editionFor = (year: number): IsoEdition =>
  year < 2009 ? 'ISO_9001_2000' : year < 2016 ? 'ISO_9001_2008' : 'ISO_9001_2015';

/**
 * A certification history following ISO/IEC 17021-1: implementation, two-stage audit,
 * three-year cycles with surveillance at 12 and 24 months, until `asOf` or the chosen outcome.
 * An edition change (2008→2015) starts a new certification record, as certificates are reissued.
 */
export function isoHistory(
  startYear: number,
  month: number,
  outcome: IsoOutcome,
  asOf: string,
  prng: Prng,
): IsoHistorySeed[] {
  const histories: IsoHistorySeed[] = [];
  let current: IsoHistorySeed = {
    edition: editionFor(startYear),
    events: [
      { type: 'IMPLEMENTATION_STARTED', occurredOn: date(startYear - 1, month), validUntil: null },
      { type: 'STAGE1_AUDIT', occurredOn: date(startYear, month, 2), validUntil: null },
      { type: 'STAGE2_AUDIT', occurredOn: date(startYear, month, 12), validUntil: null },
    ],
  };
  histories.push(current);
  const endYear = Number(asOf.slice(0, 4)) + 1;
  for (let cycleStart = startYear; cycleStart <= endYear; cycleStart += 3) {
    // Decided on the 25th; expiry on the 27th three years on, so a recertification decision in the
    // same month lands before the old certificate lapses.
    const decidedOn = date(cycleStart, month, 25);
    if (decidedOn > asOf) {
      break;
    }
    const edition = editionFor(cycleStart);
    if (edition !== current.edition) {
      current = { edition, events: [] };
      histories.push(current);
    }
    current.events.push({
      type: cycleStart === startYear || current.events.length === 0 ? 'CERTIFIED' : 'RECERTIFIED',
      occurredOn: decidedOn,
      validUntil: date(cycleStart + 3, month, 27),
    });
    for (const offset of [1, 2]) {
      const surveillance = date(cycleStart + offset, month, 10 + Math.floor(prng.next() * 10));
      if (surveillance <= asOf) {
        current.events.push({
          type: 'SURVEILLANCE_AUDIT',
          occurredOn: surveillance,
          validUntil: null,
        });
      }
    }
    const lastCycle = cycleStart + 3 > endYear - 1;
    if (outcome !== 'ONGOING' && (lastCycle || prng.chance(0.25)) && cycleStart > startYear) {
      const endedOn = date(cycleStart + 2, month, 1);
      if (endedOn <= asOf) {
        const type =
          outcome === 'EXPIRED' ? 'EXPIRED' : outcome === 'WITHDRAWN' ? 'WITHDRAWN' : 'SUSPENDED';
        current.events.push({ type, occurredOn: endedOn, validUntil: null });
        break;
      }
    }
  }
  return histories;
}
