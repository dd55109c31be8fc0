import { Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { PUBLIC } from '../auth/auth-checker';
import type { Context } from '../graphql/context';

@ObjectType({ description: 'What kind of data this server holds.' })
export class AppInfo {
  @Field({ description: 'True when the database holds synthetic demo scores; the UI must say so.' })
  syntheticData: boolean;
}

@Resolver()
export class AppInfoResolver {
  @Authorized(PUBLIC)
  @Query(_returns => AppInfo)
  async appInfo(@Ctx() ctx: Context): Promise<AppInfo> {
    const [row] = await ctx.dataSource.query<{ synthetic: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM caf_assessment WHERE data_origin = 'SYNTHETIC_DEMO') AS synthetic`,
    );
    return { syntheticData: row?.synthetic ?? false };
  }
}
