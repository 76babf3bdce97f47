import { useCallback, useEffect, useState } from 'react';
import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { MedischExpert, MedischVerzoek, Onderzoeksstap, Traject } from '@schemas/kindermishandeling';
import { medischExperts } from '@schemas/kindermishandeling';
import type { CasusPersoon } from '@schemas/cases';
import { useApiData } from '../api/useApiData';
import { casesApi } from '../cases/cases.api';
import { ActionDisclosure, SubmitRow, useActionDisclosure } from '../cases/ActionDisclosure';
import { useI18n } from '../i18n';
import { useActiveSession } from '../identity/session';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { SelectField, StatusNotice, TextAreaField } from '../shell/fields';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { fromLocalInput, toLocalInput } from '../shell/datetime-local';
import { sskApi } from './kindermishandeling.api';
import { FormProblem, Gegeven, NogNiet, useSskMessages, useVerzenden } from './shared';

type M = ReturnType<typeof useSskMessages>;

function kindNaam(m: M, v: MedischVerzoek) {
  return v.kind?.naam ?? m.onbekendKind;
}

function pastTekst(m: M, v: boolean | null) {
  return v === null ? m.past.onbekend : v ? m.past.ja : m.past.nee;
}

/** The facts of one request, as the track and the expert see them. */
function VerzoekGegevens({ v, stap }: { v: MedischVerzoek; stap?: Onderzoeksstap | undefined }) {
  const m = useSskMessages();
  const { formatDateTime, formatDate } = useI18n();
  return (
    <dl className="sl-deflist">
      <Gegeven label={m.statusLabel}>
        <strong data-testid="ssk-verzoek-status">{m.verzoekStatus[v.status] ?? v.status}</strong>
      </Gegeven>
      <Gegeven label={m.expert}>{m.experts[v.expert]}</Gegeven>
      <Gegeven label={m.expertOrganisatie}>{v.expertOrganisatie.naam}</Gegeven>
      <Gegeven label={m.kind}>{kindNaam(m, v)}</Gegeven>
      {v.kind && <Gegeven label={m.geboortedatum}>{v.kind.geboortedatum ? formatDate(v.kind.geboortedatum) : m.geboortedatumOnbekend}</Gegeven>}
      {stap && <Gegeven label={m.verzoekStap}>{m.stapBeschrijving(m.stapSoorten[stap.soort], stap.eigenaar.naam, formatDateTime(stap.geplandOp))}</Gegeven>}
      <Gegeven label={m.vraag}>{v.vraag}</Gegeven>
      <Gegeven label={m.aangevraagdOp}>
        <time dateTime={v.aangevraagdOp}>{formatDateTime(v.aangevraagdOp)}</time>
      </Gegeven>
      <Gegeven label={m.aangevraagdDoor}>{v.aangevraagdDoor.naam}</Gegeven>
      {v.onderzochtOp && <Gegeven label={m.onderzochtOp}>{formatDateTime(v.onderzochtOp)}</Gegeven>}
      {v.uitkomst !== null && <Gegeven label={m.uitkomst}>{v.uitkomst}</Gegeven>}
      {v.status === 'uitgevoerd' && <Gegeven label={m.letselPast}>{pastTekst(m, v.letselPastBijVerklaring)}</Gegeven>}
    </dl>
  );
}

function AanvragenForm({ traject, stappen, onAangevraagd }: { traject: Traject; stappen: readonly Onderzoeksstap[]; onAangevraagd: () => void }) {
  const m = useSskMessages();
  const disclosure = useActionDisclosure();
  const regio = useApiData(() => sskApi.organisatiesVanRegio(traject.regio.id), [traject.regio.id]);
  const casusId = traject.casus?.id;
  const [personen, setPersonen] = useState<CasusPersoon[]>([]);
  const [expert, setExpert] = useState<MedischExpert | ''>('fmek');
  const [expertOrganisatieId, setExpertOrganisatieId] = useState('');
  const [persoonId, setPersoonId] = useState('');
  const [vraag, setVraag] = useState('');
  const [stapId, setStapId] = useState('');
  const { formatDateTime } = useI18n();
  const letselStappen = stappen.filter((s) => s.soort === 'medisch-letselonderzoek' && s.status !== 'vervallen');
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const { error, bezig, verzend } = useVerzenden();

  useEffect(() => {
    if (!casusId) return;
    casesApi.read(casusId).then(
      (r) => {
        setPersonen(r.casus.personen);
        const kind = r.casus.personen.find((p) => p.rol === 'kind');
        if (kind) setPersoonId((huidig) => huidig || kind.persoon.id);
      },
      () => setPersonen([]),
    );
  }, [casusId]);

  const soort = expert === 'vertrouwensarts' ? 'veilig-thuis' : 'medisch-expert';
  const organisaties = (regio.data ?? []).filter((o) => o.soort === soort);
  useEffect(() => {
    // One fitting organisation: chosen for the user.
    if (organisaties.length === 1 && !expertOrganisatieId) setExpertOrganisatieId(organisaties[0]!.id);
  }, [organisaties, expertOrganisatieId]);

  const verstuur = async () => {
    const f: Record<string, string> = {};
    if (!expert) f.expert = m.verplicht;
    if (!expertOrganisatieId) f.expertOrganisatieId = m.verplicht;
    if (!vraag.trim()) f.vraag = m.verplicht;
    setFouten(f);
    if (!expert || Object.keys(f).length > 0) return;
    await verzend(async () => {
      await sskApi.verzoekAanvragen(traject.id, { expert, expertOrganisatieId, persoonId: persoonId || null, stapId: stapId || null, vraag: vraag.trim() });
      setVraag('');
      disclosure.done(m.aangevraagd);
      onAangevraagd();
    });
  };

  return (
    <form className="sl-ssk-form" noValidate onSubmit={(e) => (e.preventDefault(), void verstuur())} data-testid="ssk-verzoek-form">
      <FormProblem error={error} />
      <ProblemAlert error={regio.error} />
      <SelectField
        id="expert"
        label={m.expert}
        value={expert}
        onChange={(v) => {
          setExpert(v as MedischExpert | '');
          setExpertOrganisatieId('');
        }}
        required
        options={medischExperts.map((e) => ({ value: e, label: m.experts[e] }))}
        error={fieldError('expert', fouten, error)}
      />
      <SelectField
        id="expertOrganisatieId"
        label={m.expertOrganisatie}
        description={m.expertOrganisatieHint}
        value={expertOrganisatieId}
        onChange={setExpertOrganisatieId}
        placeholder={m.kies}
        required
        options={organisaties.map((o) => ({ value: o.id, label: o.naam }))}
        error={fieldError('expertOrganisatieId', fouten, error)}
      />
      {casusId ? (
        <SelectField
          id="persoonId"
          label={m.kind}
          value={persoonId}
          onChange={setPersoonId}
          placeholder={m.geenKind}
          options={personen.map((p) => ({ value: p.persoon.id, label: `${p.persoon.naam} (${m.rollen[p.rol] ?? p.rol})` }))}
          error={fieldError('persoonId', fouten, error)}
        />
      ) : (
        <Paragraph className="sl-muted">{m.kindAnoniem}</Paragraph>
      )}
      {letselStappen.length > 0 && (
        <SelectField
          id="stapId"
          label={m.bijStap}
          value={stapId}
          onChange={setStapId}
          placeholder={m.geenStap}
          options={letselStappen.map((s) => ({ value: s.id, label: m.stapBeschrijving(m.stapSoorten[s.soort], s.eigenaar.naam, formatDateTime(s.geplandOp)) }))}
          error={fieldError('stapId', fouten, error)}
        />
      )}
      <TextAreaField id="vraag" label={m.vraag} value={vraag} onChange={setVraag} rows={3} maxLength={4000} required error={fieldError('vraag', fouten, error)} />
      <SubmitRow busy={bezig}>{m.aanvragenKnop}</SubmitRow>
    </form>
  );
}

/** The medical requests of a track, and asking for one. */
export function MedischeVerzoekenSectie({ traject, tick, magAanvragen, stappen }: { traject: Traject; tick: number; magAanvragen: boolean; stappen: readonly Onderzoeksstap[] }) {
  const m = useSskMessages();
  const [eigenTick, setEigenTick] = useState(0);
  const lijst = useApiData(() => sskApi.verzoekenVanTraject(traject.id), [traject.id, tick, eigenTick]);
  return (
    <section id="medisch" aria-labelledby="medisch-kop" className="sl-ssk-sectie" data-testid="ssk-medisch">
      <Heading2 id="medisch-kop">{m.medischTitel}</Heading2>
      <Paragraph>{m.medischIntro}</Paragraph>
      <ProblemAlert error={lijst.error} />
      {!lijst.data && !lijst.error && <Loading />}
      {lijst.data?.length === 0 && <Paragraph>{m.geenVerzoeken}</Paragraph>}
      {lijst.data && lijst.data.length > 0 && (
        <ul className="sl-ssk-lijst">
          {lijst.data.map((v) => (
            <li key={v.id} className="sl-ssk-item" data-testid="ssk-verzoek">
              <Heading3>{m.experts[v.expert]}</Heading3>
              <VerzoekGegevens v={v} stap={stappen.find((s) => s.id === v.stapId)} />
            </li>
          ))}
        </ul>
      )}
      {magAanvragen && (
        <ActionDisclosure id="letselonderzoek-aanvragen" label={m.aanvragen}>
          <AanvragenForm traject={traject} stappen={stappen} onAangevraagd={() => setEigenTick((n) => n + 1)} />
        </ActionDisclosure>
      )}
    </section>
  );
}

/** /kindermishandeling/medische-verzoeken — the medical expert's inbox: only the requests addressed to it. */
export function MedischeVerzoekenPage() {
  const m = useSskMessages();
  const { formatDateTime } = useI18n();
  const lijst = useApiData(() => sskApi.verzoekenAanMij(), []);
  return (
    <>
      <PageTitle title={m.inboxTitel}>
        <span className="sl-ssk-titel">{m.inboxTitel}</span>
      </PageTitle>
      <Paragraph appearance="lead">{m.inboxIntro}</Paragraph>
      <ProblemAlert error={lijst.error} />
      {!lijst.data && !lijst.error && <Loading />}
      {lijst.data?.length === 0 && <Paragraph>{m.geenVerzoeken}</Paragraph>}
      {lijst.data && lijst.data.length > 0 && (
        <div className="sl-ssk-tabel">
          <table className="utrecht-table" data-testid="ssk-inbox">
            <caption className="utrecht-table__caption">{m.inboxCaption}</caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">{m.kolomVerzoek}</th>
                <th scope="col" className="utrecht-table__header-cell">{m.kolomKind}</th>
                <th scope="col" className="utrecht-table__header-cell">{m.kolomStatus}</th>
                <th scope="col" className="utrecht-table__header-cell">{m.kolomAangevraagd}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {lijst.data.map((v) => (
                <tr key={v.id} className="utrecht-table__row" data-testid="ssk-inbox-rij">
                  <th scope="row" className="utrecht-table__header-cell">
                    <span className="sl-ssk-link">
                      <RouterLink href={`/kindermishandeling/medische-verzoeken/${v.id}`}>{m.verzoekLink(v.expert.toUpperCase())}</RouterLink>
                    </span>
                  </th>
                  <td className="utrecht-table__cell">{kindNaam(m, v)}</td>
                  <td className="utrecht-table__cell">{m.verzoekStatus[v.status] ?? v.status}</td>
                  <td className="utrecht-table__cell">
                    <time dateTime={v.aangevraagdOp}>{formatDateTime(v.aangevraagdOp)}</time> ({v.aangevraagdDoor.naam})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function UitkomstForm({ verzoek, onVastgelegd, onHerladen }: { verzoek: MedischVerzoek; onVastgelegd: (v: MedischVerzoek) => void; onHerladen: () => Promise<unknown> }) {
  const m = useSskMessages();
  const [onderzochtOp, setOnderzochtOp] = useState(() => toLocalInput());
  const [uitkomst, setUitkomst] = useState('');
  const [past, setPast] = useState<'ja' | 'nee' | 'onbekend' | ''>('');
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const { error, setError, bezig, verzend } = useVerzenden();
  const verstuur = async () => {
    const op = fromLocalInput(onderzochtOp);
    const f: Record<string, string> = {};
    if (!op) f.onderzochtOp = m.verplicht;
    if (!uitkomst.trim()) f.uitkomst = m.verplicht;
    if (!past) f.letselPastBijVerklaring = m.kiesEen;
    setFouten(f);
    if (!op || Object.keys(f).length > 0) return;
    await verzend(async () => {
      onVastgelegd(
        await sskApi.uitkomst(verzoek.id, verzoek.versie, {
          onderzochtOp: op,
          uitkomst: uitkomst.trim(),
          letselPastBijVerklaring: past === 'ja' ? true : past === 'nee' ? false : null,
        }),
      );
    });
  };
  return (
    <form className="sl-ssk-form" noValidate onSubmit={(e) => (e.preventDefault(), void verstuur())} data-testid="ssk-uitkomst-form">
      <FormProblem error={error} onHerladen={() => void onHerladen().then(() => setError(null))} />
      <TextField id="onderzochtOp" type="datetime-local" label={m.onderzochtOp} value={onderzochtOp} onChange={setOnderzochtOp} required error={fieldError('onderzochtOp', fouten, error)} />
      <TextAreaField id="uitkomst" label={m.uitkomst} value={uitkomst} onChange={setUitkomst} rows={4} maxLength={4000} required error={fieldError('uitkomst', fouten, error)} />
      <SelectField
        id="letselPastBijVerklaring"
        label={m.letselPast}
        value={past}
        onChange={(v) => setPast(v as typeof past)}
        placeholder={m.kies}
        required
        options={(['ja', 'nee', 'onbekend'] as const).map((k) => ({ value: k, label: m.past[k] }))}
        error={fieldError('letselPastBijVerklaring', fouten, error)}
      />
      <SubmitRow busy={bezig}>{m.uitkomstKnop}</SubmitRow>
    </form>
  );
}

/** /kindermishandeling/medische-verzoeken/:id — one request with the child; the expert records the outcome. */
export function MedischVerzoekPage({ id }: { id: string }) {
  const m = useSskMessages();
  const sessie = useActiveSession();
  const [verzoek, setVerzoek] = useState<MedischVerzoek | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const laad = useCallback(() => sskApi.verzoek(id).then(setVerzoek, setLoadError), [id]);
  useEffect(() => {
    void laad();
  }, [laad]);

  if (!verzoek) {
    return (
      <NogNiet
        error={loadError}
        titel={m.verzoekTitelLaden}
        nietGevonden={m.verzoekNietGevonden}
        terug={{ href: '/kindermishandeling/medische-verzoeken', tekst: m.naarInbox }}
      />
    );
  }
  const expert = sessie.organisatie?.id === verzoek.expertOrganisatie.id;
  const titel = m.verzoekTitel(kindNaam(m, verzoek));
  return (
    <>
      <PageTitle title={titel}>
        <span className="sl-ssk-titel">{titel}</span>
      </PageTitle>
      <Paragraph className="sl-ssk-link">
        {expert ? (
          <RouterLink href="/kindermishandeling/medische-verzoeken">{m.naarInbox}</RouterLink>
        ) : (
          <RouterLink href={`/kindermishandeling/trajecten/${verzoek.trajectId}`}>{m.naarTraject}</RouterLink>
        )}
      </Paragraph>
      <StatusNotice text={melding} />
      <VerzoekGegevens v={verzoek} />
      {expert && verzoek.status === 'aangevraagd' && (
        <section aria-labelledby="uitkomst-kop" className="sl-ssk-sectie">
          <Heading2 id="uitkomst-kop">{m.uitkomstKnop}</Heading2>
          <UitkomstForm
            verzoek={verzoek}
            onHerladen={laad}
            onVastgelegd={(v) => {
              setVerzoek(v);
              setMelding(m.uitkomstVastgelegd);
            }}
          />
        </section>
      )}
    </>
  );
}
