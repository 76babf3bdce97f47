import { AreaPlaceholder } from '../shell/AreaPlaceholder';

/** Netwerk: the partner organisations in the region (not built yet). */
export function NetworkPage() {
  return <AreaPlaceholder area="netwerk" />;
}
