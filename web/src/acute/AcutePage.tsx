import { AreaPlaceholder } from '../shell/AreaPlaceholder';

/** Samen op in Acuut: joint work in acute and structural unsafety (not built yet). */
export function AcutePage() {
  return <AreaPlaceholder area="acuut" />;
}
