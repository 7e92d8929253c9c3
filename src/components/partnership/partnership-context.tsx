import { createContext, useContext } from 'react';
import type { Partnership } from '../../data/partnership';

/**
 * The partnership the dashboard publishes for, from `partnership.json`. The
 * app shell provides it once it has loaded; every name, area list, crime-type
 * order and family-group size on screen comes from here, never from code.
 */
export const PartnershipContext = createContext<Partnership | null>(null);

export function usePartnership(): Partnership {
  const partnership = useContext(PartnershipContext);
  // The shell renders nothing that needs the profile before it has loaded.
  if (partnership === null) throw new Error('usePartnership: no PartnershipContext.Provider above this component');
  return partnership;
}
