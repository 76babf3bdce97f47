import { AreaPlaceholder } from '../shell/AreaPlaceholder';

/** Strafbare kindermishandeling (SSK): the joint approach to criminal child abuse (not built yet). */
export function SskPage() {
  return <AreaPlaceholder area="kindermishandeling" />;
}
