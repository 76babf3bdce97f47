import { useEffect, useState } from 'react';
import { Heading2, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { verbeteracties, type Verbeteractie } from '@schemas/indicatoren';
import type { EvaluatieVoortgang, EvaluatieVraagDto, MijnEvaluaties } from '@schemas/indicatoren/evaluaties';
import type { Rol } from '@schemas/identity';
import { useAreaMessages } from '../../i18n';
import { useSession } from '../../identity/session';
import { DataTable } from '../../shell/DataTable';
import { SelectField } from '../../shell/fields';
import { ProblemAlert } from '../../shell/forms';
import { Loading, PageTitle } from '../../shell/page';
import { RouterLink } from '../../shell/router';
import { EvaluatieFormulier } from './EvaluatieFormulier';
import { evaluatiesApi } from './evaluaties.api';
import { ditJaar, jaarOpties } from './jaren';
import { nl, en } from './messages';
import './evaluaties.css';

/** Who fills in evaluations and who sees the response counts (the server's evaluaties.invullen and indicatoren.inzien). */
const INVULLERS: Rol[] = ['medewerker', 'voorzitter-actieoverleg', 'officier-van-justitie', 'rnzs-lid'];
const INZIENERS: Rol[] = ['analist', 'rnzs-lid', 'voorzitter-actieoverleg'];

/** /indicatoren/evaluaties: the caller's own evaluations for a year, and for the network the response in the region. */
export function EvaluatiesPage() {
  const m = useAreaMessages({ nl, en });
  const rollen = useSession().sessie?.rollen ?? [];
  const invuller = rollen.some((r) => INVULLERS.includes(r));
  const inziener = rollen.some((r) => INZIENERS.includes(r));
  const [jaar, setJaar] = useState(ditJaar());
  const [gekozen, setGekozen] = useState<Verbeteractie | null>(() => {
    const uitUrl = new URLSearchParams(window.location.search).get('verbeteractie');
    return verbeteracties.find((a) => a === uitUrl) ?? null;
  });
  const [vragen, setVragen] = useState<EvaluatieVraagDto[] | null>(null);
  const [mijn, setMijn] = useState<MijnEvaluaties | null>(null);
  const [voortgang, setVoortgang] = useState<EvaluatieVoortgang | null>(null);
  const [fout, setFout] = useState<unknown>(null);

  useEffect(() => {
    evaluatiesApi.vragen().then((r) => setVragen(r.vragen), setFout);
  }, []);

  useEffect(() => {
    setMijn(null);
    setVoortgang(null);
    setFout(null);
    if (invuller) evaluatiesApi.mijn(jaar).then(setMijn, setFout);
    if (inziener) evaluatiesApi.voortgang(jaar).then(setVoortgang, setFout);
  }, [jaar, invuller, inziener]);

  const metVragen = (vragen ?? []).reduce<Partial<Record<Verbeteractie, EvaluatieVraagDto[]>>>((acc, v) => {
    (acc[v.verbeteractie] ??= []).push(v);
    return acc;
  }, {});
  const metEigenVragen = verbeteracties.filter((a) => metVragen[a]);
  const actie = gekozen && metVragen[gekozen] ? gekozen : metEigenVragen[0];

  function kies(waarde: string) {
    const nieuw = verbeteracties.find((a) => a === waarde) ?? null;
    setGekozen(nieuw);
    const url = new URL(window.location.href);
    if (nieuw) url.searchParams.set('verbeteractie', nieuw);
    window.history.replaceState(window.history.state, '', url);
  }

  return (
    <>
      <PageTitle>{m.title}</PageTitle>
      <Paragraph>{m.intro}</Paragraph>
      <div className="sl-evaluatie__jaar">
        <SelectField id="jaar" label={m.jaar} value={String(jaar)} onChange={(v) => setJaar(Number(v))} options={jaarOpties()} />
      </div>
      <ProblemAlert error={fout} />
      {inziener && voortgang && (
        <section aria-labelledby="respons">
          <Heading2 id="respons">{m.respons.heading}</Heading2>
          <Paragraph>{m.respons.uitleg}</Paragraph>
          <DataTable caption={m.respons.caption(voortgang.jaar)} columns={[m.respons.verbeteractie, m.respons.vragen, m.respons.respondenten]}>
            {voortgang.verbeteracties.map((v) => (
              <TableRow key={v.verbeteractie}>
                <TableHeaderCell scope="row">{m.verbeteracties[v.verbeteractie]}</TableHeaderCell>
                <TableCell>{v.aantalVragen}</TableCell>
                <TableCell>{v.onderdrukt ? m.respons.onderdrukt : v.respondenten}</TableCell>
              </TableRow>
            ))}
          </DataTable>
        </section>
      )}
      {!invuller && <Paragraph>{m.geenRol}</Paragraph>}
      {invuller && (vragen === null || mijn === null) && !fout && <Loading />}
      {invuller && vragen && mijn && actie && (
        <>
          <div className="sl-evaluatie__keuze">
            <SelectField
              id="verbeteractie"
              label={m.verbeteractie}
              description={m.verbeteractieHint}
              value={actie}
              onChange={kies}
              options={metEigenVragen.map((a) => ({
                value: a,
                label: mijn.evaluaties.some((e) => e.verbeteractie === a) ? m.ingevuldLabel(m.verbeteracties[a]) : m.verbeteracties[a],
              }))}
            />
          </div>
          <EvaluatieFormulier
            key={`${actie}-${jaar}`}
            verbeteractie={actie}
            jaar={jaar}
            vragen={metVragen[actie]!}
            opgeslagen={mijn.evaluaties.find((e) => e.verbeteractie === actie)}
            onOpgeslagen={(evaluatie) =>
              setMijn((oud) => oud && { ...oud, evaluaties: [...oud.evaluaties.filter((e) => e.verbeteractie !== evaluatie.verbeteractie), evaluatie] })
            }
          />
        </>
      )}
      <Paragraph>
        {rollen.some((r) => r === 'rnzs-lid' || r === 'functioneel-beheerder') && (
          <>
            <RouterLink href="/indicatoren/inspanningen">{m.links.inspanningen}</RouterLink>
            {' · '}
          </>
        )}
        {inziener && <RouterLink href="/indicatoren">{m.links.dashboard}</RouterLink>}
      </Paragraph>
    </>
  );
}
