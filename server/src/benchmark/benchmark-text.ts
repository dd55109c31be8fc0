import {
  CAF_2020,
  findVoivodeship,
  getCafVersion,
  type CafVersionCode,
  type CriterionKind,
  type LocalisedText,
} from '@caf/schema';
import { activeFilters, type GroupFilters } from '../disclosure';

const INDEX_NAME: LocalisedText = {
  pl: 'Indeks CAF (średnia kryteriów)',
  en: 'CAF index (mean of the criteria)',
};

const JST_NAMES: Record<string, LocalisedText> = {
  GMINA_MIEJSKA: { pl: 'gminy miejskie', en: 'urban gminas' },
  GMINA_WIEJSKA: { pl: 'gminy wiejskie', en: 'rural gminas' },
  GMINA_MIEJSKO_WIEJSKA: { pl: 'gminy miejsko-wiejskie', en: 'urban-rural gminas' },
  MIASTO_NA_PRAWACH_POWIATU: { pl: 'miasta na prawach powiatu', en: 'cities with county rights' },
  POWIAT: { pl: 'powiaty', en: 'powiats' },
  WOJEWODZTWO: { pl: 'województwa', en: 'voivodeships' },
};

const BAND_NAMES: Record<string, LocalisedText> = {
  UP_TO_5K: { pl: 'do 5 tys. mieszkańców', en: 'up to 5k residents' },
  FROM_5K_TO_20K: { pl: '5–20 tys. mieszkańców', en: '5k–20k residents' },
  FROM_20K_TO_50K: { pl: '20–50 tys. mieszkańców', en: '20k–50k residents' },
  FROM_50K_TO_100K: { pl: '50–100 tys. mieszkańców', en: '50k–100k residents' },
  OVER_100K: { pl: 'ponad 100 tys. mieszkańców', en: 'over 100k residents' },
};

const STAFF_BAND_NAMES: Record<string, LocalisedText> = {
  UP_TO_25: { pl: 'do 25 pracowników', en: 'up to 25 staff' },
  FROM_26_TO_75: { pl: '26–75 pracowników', en: '26–75 staff' },
  FROM_76_TO_200: { pl: '76–200 pracowników', en: '76–200 staff' },
  OVER_200: { pl: 'ponad 200 pracowników', en: 'over 200 staff' },
};

/** Name and kind of a statistic key: INDEX, '1'…'9' or '1.1'…'9.2', in the version compared. */
export function describeKey(
  key: string,
  version: CafVersionCode | undefined,
): { name: LocalisedText; kind: CriterionKind | null } {
  if (key === 'INDEX') {
    return { name: INDEX_NAME, kind: null };
  }
  const catalogue = version ? getCafVersion(version) : CAF_2020;
  const criterion = catalogue.criteria.find(c => c.number === Number(key.split('.')[0]))!;
  const sub = key.includes('.') ? criterion.subCriteria.find(s => s.code === key) : undefined;
  return {
    name: sub ? { pl: `${key} ${sub.name.pl}`, en: `${key} ${sub.name.en}` } : criterion.name,
    kind: criterion.kind,
  };
}

/** "Programme participants · dolnośląskie · rural gminas" */
export function describeFilters(group: GroupFilters, programmeName: string | null): LocalisedText {
  const parts = activeFilters(group).map((key): LocalisedText => {
    switch (key) {
      case 'programmeId':
        return {
          pl: `uczestnicy programu „${programmeName}”`,
          en: `participants of “${programmeName}”`,
        };
      case 'voivodeshipCode':
        return findVoivodeship(group.voivodeshipCode!)!.name;
      case 'jstType':
        return JST_NAMES[group.jstType!]!;
      case 'populationBand':
        return BAND_NAMES[group.populationBand!]!;
      case 'staffBand':
        return STAFF_BAND_NAMES[group.staffBand!]!;
      case 'cafVersion':
        return { pl: `CAF ${group.cafVersion}`, en: `CAF ${group.cafVersion}` };
    }
  });
  if (parts.length === 0) {
    return { pl: 'wszystkie urzędy', en: 'all offices' };
  }
  return { pl: parts.map(p => p.pl).join(' · '), en: parts.map(p => p.en).join(' · ') };
}
