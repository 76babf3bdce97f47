import { PageTitle } from '../shell/page';

export function TasksPage() {
  return <PageTitle>Taken</PageTitle>;
}
