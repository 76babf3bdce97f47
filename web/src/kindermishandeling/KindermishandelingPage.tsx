import { useState } from 'react';
import { Alert, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useApiData } from '../api/useApiData';
import { ActionDisclosure, SubmitRow, useActionDisclosure } from '../cases/ActionDisclosure';
import { useI18n } from '../i18n';
import { useActiveSession } from '../identity/session';
import { fieldError, ProblemAlert } from '../shell/forms';
import { CheckboxGroup, TextAreaField } from '../shell/fields';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink, useRouter } from '../shell/router';
import { sskPartnerSoorten } from '@schemas/kindermishandeling';
import { sskApi, type TrajectSamenvatting } from './kindermishandeling.api';
import { ContactpersonenLijst, FormProblem, heeftCasuswerk, isBeheerder, isSskPartner, useSskMessages, useVerzenden } from './shared';

export function trajectNaam(m: ReturnType<typeof useSskMessages>, t: Pick<TrajectSamenvatting, 'casus'>): string {
  return t.casus ? m.casusNummer(t.casus.nummer) : m.anoniem;
}

/**
 * /kindermishandeling — my organisation's SSK tracks, starting an anonymous consultation, and the region's contact
 * persons per organisation in escalation order.
 */
export function KindermishandelingPage() {
  const m = useSskMessages();
  const sessie = useActiveSession();
  const casuswerk = heeftCasuswerk(sessie);
  const medischExpert = sessie.organisatie?.soort === 'medisch-expert';
  const trajecten = useApiData(() => (casuswerk && !medischExpert ? sskApi.trajecten() : Promise.resolve(null)), [casuswerk, medischExpert]);
  const contactpersonen = useApiData(() => sskApi.contactpersonen(), []);

  return (
    <>
      <PageTitle title={m.titel}>
        <span className="sl-ssk-titel">{m.titel}</span>
      </PageTitle>
      <Paragraph appearance="lead">{m.intro}</Paragraph>
      {(medischExpert || isBeheerder(sessie)) && (
        <ul className="sl-plain-list">
          {medischExpert && (
            <li className="sl-ssk-link">
              <RouterLink href="/kindermishandeling/medische-verzoeken">{m.medischeVerzoekenLink}</RouterLink>
            </li>
          )}
          {isBeheerder(sessie) && (
            <li className="sl-ssk-link">
              <RouterLink href="/kindermishandeling/contactpersonen">{m.beheerLink}</RouterLink>
            </li>
          )}
        </ul>
      )}

      {!medischExpert && (
        <section aria-labelledby="ssk-trajecten" className="sl-ssk-sectie">
          <Heading2 id="ssk-trajecten">{m.trajectenTitel}</Heading2>
          {!casuswerk ? (
            <Paragraph>{m.alleenCasuswerk}</Paragraph>
          ) : (
            <>
              <ProblemAlert error={trajecten.error} />
              {!trajecten.data && !trajecten.error && <Loading />}
              {trajecten.data && <TrajectenTabel items={trajecten.data} />}
              {isSskPartner(sessie) && (
                <ActionDisclosure id="ssk-consultatie" label={m.consultatieStarten} intro={m.consultatieIntro}>
                  <ConsultatieForm />
                </ActionDisclosure>
              )}
            </>
          )}
        </section>
      )}

      <section aria-labelledby="ssk-contactpersonen" className="sl-ssk-sectie">
        <Heading2 id="ssk-contactpersonen">{m.cpTitel}</Heading2>
        <ProblemAlert error={contactpersonen.error} />
        {!contactpersonen.data && !contactpersonen.error && <Loading />}
        {contactpersonen.data && <ContactpersonenLijst items={contactpersonen.data} />}
      </section>
    </>
  );
}

function TrajectenTabel({ items }: { items: readonly TrajectSamenvatting[] }) {
  const m = useSskMessages();
  const { formatDateTime } = useI18n();
  if (items.length === 0) return <Paragraph>{m.geenTrajecten}</Paragraph>;
  return (
    <div className="sl-ssk-tabel">
      <table className="utrecht-table" data-testid="ssk-trajecten">
        <caption className="utrecht-table__caption">{m.trajectenCaption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {m.kolomTraject}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {m.kolomStatus}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {m.kolomGeopend}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {m.kolomGeopendDoor}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {items.map((t) => (
            <tr key={t.id} className="utrecht-table__row" data-testid="ssk-traject-rij">
              <th scope="row" className="utrecht-table__header-cell">
                <span className="sl-ssk-link">
                  <RouterLink href={`/kindermishandeling/trajecten/${t.id}`}>{trajectNaam(m, t)}</RouterLink>
                </span>
              </th>
              <td className="utrecht-table__cell">{m.status[t.status]}</td>
              <td className="utrecht-table__cell">
                <time dateTime={t.geopendOp}>{formatDateTime(t.geopendOp)}</time>
              </td>
              <td className="utrecht-table__cell">{t.geopendDoor.naam}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ConsultatieForm() {
  const m = useSskMessages();
  const sessie = useActiveSession();
  const { navigate } = useRouter();
  const disclosure = useActionDisclosure();
  const eigenId = sessie.organisatie?.id ?? '';
  const organisaties = useApiData(() => sskApi.organisatiesVanRegioVan(eigenId), [eigenId]);
  const [consultatie, setConsultatie] = useState('');
  const [partners, setPartners] = useState<string[]>([]);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const { error, bezig, verzend } = useVerzenden();

  const opties = (organisaties.data ?? [])
    .filter((o) => o.id !== sessie.organisatie?.id && (sskPartnerSoorten as readonly string[]).includes(o.soort))
    .map((o) => ({ value: o.id, label: o.naam }));

  const verstuur = async () => {
    const f: Record<string, string> = {};
    if (!consultatie.trim()) f.consultatie = m.verplicht;
    if (partners.length === 0) f.partnerOrganisatieIds = m.verplicht;
    setFouten(f);
    if (Object.keys(f).length > 0) return;
    await verzend(async () => {
      const traject = await sskApi.consultatie({ consultatie: consultatie.trim(), partnerOrganisatieIds: partners });
      disclosure.done(m.consultatieGestart);
      navigate(`/kindermishandeling/trajecten/${traject.id}`);
    });
  };

  return (
    <form
      className="sl-ssk-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void verstuur();
      }}
    >
      <Alert type="warning" className="sl-ssk-waarschuwing">
        <Paragraph id="consultatie-waarschuwing">
          <strong>{m.waarschuwing}</strong>
        </Paragraph>
      </Alert>
      <FormProblem error={error} />
      <TextAreaField
        id="consultatie"
        label={m.consultatieLabel}
        description={`${m.consultatieHint} ${m.waarschuwing}`}
        value={consultatie}
        onChange={setConsultatie}
        rows={5}
        maxLength={4000}
        required
        error={fieldError('consultatie', fouten, error)}
      />
      <ProblemAlert error={organisaties.error} />
      {organisaties.data && opties.length === 0 ? (
        <Paragraph>{m.geenPartners}</Paragraph>
      ) : (
        <CheckboxGroup
          id="partnerOrganisatieIds"
          legend={m.partnersLegend}
          description={m.partnersHint}
          options={opties}
          value={partners}
          onChange={setPartners}
          error={fieldError('partnerOrganisatieIds', fouten, error)}
        />
      )}
      <SubmitRow busy={bezig}>{m.consultatieKnop}</SubmitRow>
    </form>
  );
}
