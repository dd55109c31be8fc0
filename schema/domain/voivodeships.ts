import type { LocalisedText } from '../catalogue/caf-catalogue.types';

export interface Voivodeship {
  /** TERYT WW code: even numbers 02–32 in Polish alphabetical order. */
  code: string;
  name: LocalisedText;
}

export const VOIVODESHIPS: readonly Voivodeship[] = [
  { code: '02', name: { pl: 'dolnośląskie', en: 'Lower Silesian' } },
  { code: '04', name: { pl: 'kujawsko-pomorskie', en: 'Kuyavian-Pomeranian' } },
  { code: '06', name: { pl: 'lubelskie', en: 'Lublin' } },
  { code: '08', name: { pl: 'lubuskie', en: 'Lubusz' } },
  { code: '10', name: { pl: 'łódzkie', en: 'Łódź' } },
  { code: '12', name: { pl: 'małopolskie', en: 'Lesser Poland' } },
  { code: '14', name: { pl: 'mazowieckie', en: 'Masovian' } },
  { code: '16', name: { pl: 'opolskie', en: 'Opole' } },
  { code: '18', name: { pl: 'podkarpackie', en: 'Subcarpathian' } },
  { code: '20', name: { pl: 'podlaskie', en: 'Podlaskie' } },
  { code: '22', name: { pl: 'pomorskie', en: 'Pomeranian' } },
  { code: '24', name: { pl: 'śląskie', en: 'Silesian' } },
  { code: '26', name: { pl: 'świętokrzyskie', en: 'Holy Cross' } },
  { code: '28', name: { pl: 'warmińsko-mazurskie', en: 'Warmian-Masurian' } },
  { code: '30', name: { pl: 'wielkopolskie', en: 'Greater Poland' } },
  { code: '32', name: { pl: 'zachodniopomorskie', en: 'West Pomeranian' } },
];

export const VOIVODESHIP_CODES: readonly string[] = VOIVODESHIPS.map(v => v.code);

export const findVoivodeship = (code: string): Voivodeship | undefined =>
  VOIVODESHIPS.find(v => v.code === code);
