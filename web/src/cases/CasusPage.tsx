import { PageTitle } from '../shell/page';

export function CasusPage({ id }: { id: string }) {
  return <PageTitle>{id}</PageTitle>;
}
