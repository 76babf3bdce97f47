import { AreaPlaceholder } from '../shell/AreaPlaceholder';

/** Actieoverleg: the meeting of Veilig Thuis, police and OM (not built yet). */
export function ActieoverlegPage() {
  return <AreaPlaceholder area="actieoverleg" />;
}
