import { useEffect } from 'react';
import { Paragraph } from '@utrecht/component-library-react';
import { useApiData } from '../api/useApiData';
import { useAreaMessages } from '../i18n';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink, useRouter } from '../shell/router';
import { useTijd } from './Klok';
import { zsmApi } from './zsm.api';
import { en, nl } from './messages';

/**
 * /zsm/casussen/:casusId — from a task on a casus (the safety assessment, reading the decision) to its ZSM case: the
 * one ZSM case of that casus the user may see opens at once; several are listed (the task's kind names the status it
 * is about: ?status=lopend or beslist, preferred when choosing).
 */
export function ZsmCasusPage({ casusId }: { casusId: string }) {
  const m = useAreaMessages({ nl, en });
  const tijd = useTijd();
  const { navigate } = useRouter();
  const voorkeur = new URLSearchParams(window.location.search).get('status');
  const { data, error } = useApiData(() => zsmApi.bord('alle'), [casusId]);
  const zaken = data?.zaken.filter((z) => z.casus.id === casusId) ?? null;
  const voorkeurZaken = zaken?.filter((z) => z.status === voorkeur) ?? [];
  const doel = zaken?.length === 1 ? zaken[0] : voorkeurZaken.length === 1 ? voorkeurZaken[0] : undefined;

  useEffect(() => {
    if (doel) navigate(`/zsm/zaken/${doel.id}`, { replace: true });
  }, [doel, navigate]);

  return (
    <>
      <PageTitle>{m.casus.title}</PageTitle>
      <ProblemAlert error={error} />
      {(zaken === null || doel) && !error && <Loading />}
      {zaken && zaken.length === 0 && <Paragraph>{m.casus.geen}</Paragraph>}
      {zaken && zaken.length > 1 && !doel && (
        <>
          <Paragraph>{m.casus.meerdere}</Paragraph>
          <ul>
            {zaken.map((z) => (
              <li key={z.id}>
                <RouterLink href={`/zsm/zaken/${z.id}`}>
                  {z.verdachte.naam}, {z.feit}
                </RouterLink>{' '}
                ({tijd(z.aangehoudenOp)}, {m.zaak.statussen[z.status]})
              </li>
            ))}
          </ul>
        </>
      )}
      <Paragraph>
        <RouterLink href="/zsm">{m.algemeen.terugNaarBord}</RouterLink>
      </Paragraph>
    </>
  );
}
