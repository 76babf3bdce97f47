import { AreaPlaceholder } from '../shell/AreaPlaceholder';

/** Casussen: joint cases per family or household (not built yet). */
export function CasesPage() {
  return <AreaPlaceholder area="casussen" />;
}
