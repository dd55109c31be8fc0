import { useAppInfoQuery } from '../hooks/useAppInfoQuery';
import { DemoBanner } from './DemoBanner';

/** Shows the demo banner when the server says its data is synthetic. */
export function DemoBannerContainer() {
  const { data } = useAppInfoQuery();
  return data?.appInfo.syntheticData ? <DemoBanner /> : null;
}
