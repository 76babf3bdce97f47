import { useCallback, useEffect, useState } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading2,
  Paragraph,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Melding, Samenvoegvoorstel } from '@schemas/meldingen';
import { ApiError } from '../api/client';
import { MeldingScenarioBanner } from '../actieoverleg/scenarios/ScenarioBanners';
import { useAreaMessages, useI18n } from '../i18n';
import { formatDate } from '../persons/format';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { DataTable } from '../shell/DataTable';
import { meldingenApi, type MergeDecision } from './meldingen.api';
import { en, nl } from './messages';
import { LinkToExistingCasus, OpenCasusForm } from './OpenCasus';
import './meldingen.css';

const signaalVelden = ['acuteOnveiligheid', 'wapens', 'kinderenAanwezig', 'verdachteAangehouden', 'vermoedenStrafbareKindermishandeling'] as const;

/** One melding: all facts, the persons with roles, repeat, the zorgmelding deadline, merge proposals, and its casus. */
export function MeldingPage({ id }: { id: string }) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime, lang } = useI18n();
  const [melding, setMelding] = useState<Melding | null>(null);
  const [voorstellen, setVoorstellen] = useState<Samenvoegvoorstel[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(() =>
    new URLSearchParams(window.location.search).has('geregistreerd') ? m.detail.geregistreerd : null,
  );

  const load = useCallback(async () => {
    const [mld, vs] = await Promise.all([meldingenApi.read(id), meldingenApi.mergeProposals(id).catch(() => [] as Samenvoegvoorstel[])]);
    setMelding(mld);
    setVoorstellen(vs);
  }, [id]);

  useEffect(() => {
    load().catch(setLoadError);
  }, [load]);

  useEffect(() => {
    if (melding && window.location.hash === '#casus-openen') {
      document.getElementById('casus-titel')?.focus();
    }
  }, [melding]);

  if (loadError) {
    const notFound = loadError instanceof ApiError && (loadError.status === 404 || loadError.status === 400 || loadError.status === 403);
    return (
      <>
        <PageTitle>{m.lijst.title}</PageTitle>
        {notFound ? (
          <Alert type="error">
            <Paragraph>{m.detail.notFound}</Paragraph>
          </Alert>
        ) : (
          <ProblemAlert error={loadError} />
        )}
        <Paragraph>
          <RouterLink href="/meldingen">{m.detail.terug}</RouterLink>
        </Paragraph>
      </>
    );
  }
  if (!melding) return <Loading />;

  const signalen = signaalVelden.filter((s) => melding[s]);
  const open = !melding.casusId && !melding.samengevoegdIn;

  return (
    <>
      <PageTitle>{m.detail.title(m.bronnen[melding.bron])}</PageTitle>
      <Paragraph>
        <RouterLink href="/meldingen">{m.detail.terug}</RouterLink>
      </Paragraph>
      {notice && (
        <Alert type="ok" role="status">
          <Paragraph>{notice}</Paragraph>
        </Alert>
      )}
      <MeldingScenarioBanner meldingId={melding.id} />
      {melding.herhaling && (
        <Alert type="warning">
          <Paragraph>
            <strong>{m.herhaling(melding.herhaling.dagenSindsEerdere)}</strong>
            {melding.herhaling.eerdereMeldingId && (
              <>
                {' '}
                <RouterLink href={`/meldingen/${melding.herhaling.eerdereMeldingId}`}>{m.herhalingLink}</RouterLink>
              </>
            )}
          </Paragraph>
        </Alert>
      )}

      <DataList className="sl-datalist">
        <DataListItem>
          <DataListKey>{m.detail.organisatie}</DataListKey>
          <DataListValue>{melding.organisatie.naam}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{m.detail.bron}</DataListKey>
          <DataListValue>{m.bronnen[melding.bron]}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{m.detail.ontvangenOp}</DataListKey>
          <DataListValue>
            <time dateTime={melding.ontvangenOp}>{formatDateTime(melding.ontvangenOp)}</time>
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{m.detail.incidentOp}</DataListKey>
          <DataListValue>
            {melding.incidentOp ? <time dateTime={melding.incidentOp}>{formatDateTime(melding.incidentOp)}</time> : m.detail.onbekend}
          </DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{m.detail.geweldsvormen}</DataListKey>
          <DataListValue>{melding.geweldsvormen.map((v) => m.geweldsvormen[v]).join(', ')}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{m.detail.signalen}</DataListKey>
          <DataListValue>
            {signalen.length === 0 ? (
              m.detail.geenSignalen
            ) : (
              <ul className="sl-melding-tags">
                {signalen.map((s) => (
                  <li key={s} className={s === 'acuteOnveiligheid' || s === 'wapens' ? 'sl-melding-tag sl-melding-tag--alert' : 'sl-melding-tag'}>
                    {m.signalen[s]}
                  </li>
                ))}
              </ul>
            )}
          </DataListValue>
        </DataListItem>
        {melding.zorgmeldingDeadline && (
          <DataListItem>
            <DataListKey>{m.detail.zorgmelding}</DataListKey>
            <DataListValue>
              {m.detail.zorgmeldingUiterlijk(formatDateTime(melding.zorgmeldingDeadline))}
              {melding.zorgmeldingTeLaat && (
                <>
                  {' '}
                  <strong className="sl-late">{m.detail.teLaat}</strong>
                </>
              )}
            </DataListValue>
          </DataListItem>
        )}
        {melding.externBerichtId && (
          <DataListItem>
            <DataListKey>{m.detail.externBerichtId}</DataListKey>
            <DataListValue>{melding.externBerichtId}</DataListValue>
          </DataListItem>
        )}
        <DataListItem>
          <DataListKey>{m.detail.omschrijving}</DataListKey>
          <DataListValue className="sl-melding-text">{melding.omschrijving || m.detail.geenOmschrijving}</DataListValue>
        </DataListItem>
      </DataList>

      <Heading2>{m.detail.personen}</Heading2>
      <DataTable caption={m.detail.personenCaption} columns={[m.detail.naam, m.detail.geboren, m.detail.rol]}>
        {melding.personen.map((p) => (
          <TableRow key={`${p.persoon.id}-${p.rol}`}>
            <TableHeaderCell scope="row">
              <RouterLink href={`/personen/${p.persoon.id}`}>{p.persoon.naam}</RouterLink>
            </TableHeaderCell>
            <TableCell>{p.persoon.geboortedatum ? formatDate(p.persoon.geboortedatum, lang) : m.detail.onbekend}</TableCell>
            <TableCell>{m.rolTitel[p.rol]}</TableCell>
          </TableRow>
        ))}
      </DataTable>

      {voorstellen.length > 0 && (
        <MergeProposals
          melding={melding}
          voorstellen={voorstellen}
          onDecided={async (besluit) => {
            setNotice(m.detail.besluitGedaan[besluit]);
            await load().catch(setLoadError);
          }}
        />
      )}

      <Heading2 id="casus-titel" tabIndex={-1}>
        {m.detail.casus}
      </Heading2>
      {melding.casusId && (
        <Paragraph>
          {m.detail.inCasus} <RouterLink href={`/casussen/${melding.casusId}`}>{m.detail.naarCasus}</RouterLink>
        </Paragraph>
      )}
      {!melding.casusId && melding.samengevoegdIn && (
        <Paragraph>
          {m.detail.samengevoegdIn} <RouterLink href={`/meldingen/${melding.samengevoegdIn}`}>{m.detail.naarHoofdmelding}</RouterLink>
        </Paragraph>
      )}
      {open && (
        <>
          <Paragraph>{m.detail.geenCasus}</Paragraph>
          <LinkToExistingCasus melding={melding} />
          <OpenCasusForm melding={melding} />
        </>
      )}
    </>
  );
}

function MergeProposals({
  melding,
  voorstellen,
  onDecided,
}: {
  melding: Melding;
  voorstellen: Samenvoegvoorstel[];
  onDecided: (besluit: MergeDecision) => Promise<void>;
}) {
  const m = useAreaMessages({ nl, en });
  const { formatDateTime } = useI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function decide(voorstel: Samenvoegvoorstel, besluit: MergeDecision) {
    setBusy(`${voorstel.id}-${besluit}`);
    setError(null);
    try {
      await meldingenApi.decideMerge(voorstel.id, besluit);
      await onDecided(besluit);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="samenvoegen-titel">
      <Heading2 id="samenvoegen-titel">{m.detail.samenvoegen}</Heading2>
      <Paragraph>{m.detail.samenvoegenIntro}</Paragraph>
      <ProblemAlert error={error} />
      <ul className="sl-cards">
        {voorstellen.map((v) => {
          const ander = v.primaireMelding.id === melding.id ? v.secundaireMelding : v.primaireMelding;
          return (
            <li key={v.id} className={v.status === 'voorgesteld' ? 'sl-melding-card sl-melding-card--attention' : 'sl-melding-card'}>
              <p className="utrecht-paragraph">
                <strong>{m.detail.mogelijkDezelfde(m.bronnen[ander.bron])}</strong>{' '}
                <RouterLink href={`/meldingen/${ander.id}`}>{m.detail.bekijkAndere}</RouterLink>
              </p>
              <p className="utrecht-paragraph">
                {m.detail.ontvangenDoor(ander.organisatie.naam, formatDateTime(ander.ontvangenOp))} {m.detail.overeenkomst(Math.round(v.score * 100))}.
              </p>
              {v.redenen.length > 0 && (
                <p className="utrecht-paragraph">
                  {m.detail.redenen}: {v.redenen.join(', ')}
                </p>
              )}
              <p className="utrecht-paragraph">
                <strong>{m.detail.status[v.status]}</strong>
                {v.beslotenOp && <> {m.detail.beslotenOp(formatDateTime(v.beslotenOp))}</>}
              </p>
              {v.status === 'voorgesteld' && (
                <ButtonGroup>
                  <Button appearance="primary-action-button" busy={busy === `${v.id}-samenvoeging`} disabled={busy !== null} onClick={() => decide(v, 'samenvoeging')}>
                    {m.detail.samenvoegKnop}
                  </Button>
                  <Button appearance="secondary-action-button" busy={busy === `${v.id}-afwijzing`} disabled={busy !== null} onClick={() => decide(v, 'afwijzing')}>
                    {m.detail.nietSamenvoegenKnop}
                  </Button>
                </ButtonGroup>
              )}
              {v.status === 'samengevoegd' && (
                <ButtonGroup>
                  <Button appearance="secondary-action-button" busy={busy === `${v.id}-ongedaanmaking`} disabled={busy !== null} onClick={() => decide(v, 'ongedaanmaking')}>
                    {m.detail.ongedaanKnop}
                  </Button>
                </ButtonGroup>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
