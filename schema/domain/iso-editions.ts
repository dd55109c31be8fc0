import type { IsoEdition } from './enums';

/** Polish adoptions of each ISO 9001 edition by PKN (docs/domain.md §2.1). */
export const ISO_EDITION_LABELS: Readonly<
  Record<IsoEdition, { iso: string; pnEn: string | null }>
> = {
  ISO_9001_2000: { iso: 'ISO 9001:2000', pnEn: 'PN-EN ISO 9001:2001' },
  ISO_9001_2008: { iso: 'ISO 9001:2008', pnEn: 'PN-EN ISO 9001:2009' },
  ISO_9001_2015: { iso: 'ISO 9001:2015', pnEn: 'PN-EN ISO 9001:2015-10' },
  // No Polish adoption has been published yet for the 2026 edition.
  ISO_9001_2026: { iso: 'ISO 9001:2026', pnEn: null },
};
