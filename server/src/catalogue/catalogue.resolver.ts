import { CAF_VERSIONS, SCORING_PANELS } from '@caf/schema';
import { Authorized, Query, Resolver } from 'type-graphql';
import { PUBLIC } from '../auth/auth-checker';
import { CafCatalogueVersion, ScoringPanel } from './catalogue.types';

/** The CAF reference catalogue: static, public, shared with the client through @caf/schema. */
@Resolver()
export class CatalogueResolver {
  @Authorized(PUBLIC)
  @Query(_returns => [CafCatalogueVersion], {
    description: 'CAF 2006, 2013 and 2020: 9 criteria, 28 sub-criteria each.',
  })
  cafCatalogue(): readonly CafCatalogueVersion[] {
    return CAF_VERSIONS;
  }

  @Authorized(PUBLIC)
  @Query(_returns => [ScoringPanel], {
    description: 'Classical and fine-tuned scoring panels with the text of each level.',
  })
  scoringPanels(): readonly ScoringPanel[] {
    return SCORING_PANELS;
  }
}
