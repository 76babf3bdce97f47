import { AreaPlaceholder } from '../shell/AreaPlaceholder';

/** Veilig Thuis & ZSM: care information for fast handling of criminal cases (not built yet). */
export function ZsmPage() {
  return <AreaPlaceholder area="zsm" />;
}
