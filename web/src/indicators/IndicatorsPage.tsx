import { AreaPlaceholder } from '../shell/AreaPlaceholder';

/** Indicatoren: aggregated figures without personal data (not built yet). */
export function IndicatorsPage() {
  return <AreaPlaceholder area="indicatoren" />;
}
