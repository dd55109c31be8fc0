import { Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { PUBLIC } from '../auth/auth-checker';
import { AppInfoService } from './app-info.service';
import type { Context } from '../graphql/context';

@ObjectType({ description: 'What kind of data this server holds.' })
export class AppInfo {
  @Field({ description: 'True when the database holds synthetic demo scores; the UI must say so.' })
  syntheticData: boolean;
}

@Resolver()
export class AppInfoResolver {
  private readonly service = new AppInfoService();

  @Authorized(PUBLIC)
  @Query(_returns => AppInfo)
  async appInfo(@Ctx() ctx: Context): Promise<AppInfo> {
    return { syntheticData: await this.service.syntheticData(ctx) };
  }
}
