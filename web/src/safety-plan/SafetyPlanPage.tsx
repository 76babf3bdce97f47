import { AreaPlaceholder } from '../shell/AreaPlaceholder';

/** Veiligheidsplan: the joint safety plan (not built yet). */
export function SafetyPlanPage() {
  return <AreaPlaceholder area="veiligheidsplan" />;
}
