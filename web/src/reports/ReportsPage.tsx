import { AreaPlaceholder } from '../shell/AreaPlaceholder';

/** Meldingen: incoming reports and police care reports (not built yet). */
export function ReportsPage() {
  return <AreaPlaceholder area="meldingen" />;
}
