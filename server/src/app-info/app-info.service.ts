import type { Context } from '../graphql/context';

export class AppInfoService {
  /** Whether any stored score is synthetic demo data, which every screen must then say. */
  async syntheticData(ctx: Context): Promise<boolean> {
    const [row] = await ctx.dataSource.query<{ synthetic: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM caf_assessment WHERE data_origin = 'SYNTHETIC_DEMO') AS synthetic`,
    );
    return row?.synthetic ?? false;
  }
}
