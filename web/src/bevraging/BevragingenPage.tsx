import { PageTitle } from '../shell/page';

export function BevragingenPage() {
  return <PageTitle>Bevragingen</PageTitle>;
}
