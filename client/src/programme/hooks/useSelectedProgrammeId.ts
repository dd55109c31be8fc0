import { useEffect } from 'react';
import { useQueryParam } from '../../utils/use-query-param';

/**
 * The programme in `?programme=<id>`, falling back to the first one; the URL is corrected (without
 * a new history entry) when it names no known programme.
 */
export function useSelectedProgrammeId(
  programmeIds: readonly string[] | undefined,
): [string | undefined, (id: string) => void] {
  const [requested, setRequested] = useQueryParam('programme');
  const selected =
    requested !== null && programmeIds?.includes(requested) ? requested : programmeIds?.[0];

  useEffect(() => {
    if (selected !== undefined && selected !== requested) {
      setRequested(selected, { replace: true });
    }
  }, [selected, requested, setRequested]);

  return [selected, setRequested];
}
