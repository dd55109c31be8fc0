import { useAppInfoQuery } from '../hooks/useAppInfoQuery';
import { DemoBanner } from './DemoBanner';

/** Shows the demo banner when the server says its data is synthetic. */
export function DemoBannerContainer() {
  const { data, previousData } = useAppInfoQuery();
  // The store is reset on sign-in and sign-out; the banner stays put while appInfo reloads.
  return (data ?? previousData)?.appInfo.syntheticData ? <DemoBanner /> : null;
}
