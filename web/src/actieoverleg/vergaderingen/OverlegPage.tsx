import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { lidSoortenPerOrganisatieSoort, type Agendapunt, type Medewerker, type Overleg, type OverlegLijstItem } from '@schemas/actieoverleg/vergaderingen';
import type { AanmeldingLijstItem } from '@schemas/actieoverleg';
import { ApiError } from '../../api/client';
import { useAreaMessages, useI18n } from '../../i18n';
import { StatusNotice } from '../../shell/fields';
import { ProblemAlert } from '../../shell/forms';
import { Loading, PageTitle } from '../../shell/page';
import { RouterLink } from '../../shell/router';
import { AanwezigheidForm, AanwezigheidLijst } from './AanwezigheidForm';
import { focusSoon, KeuzeForm, LoadFailed } from './actions';
import { AgendapuntItem, bespreekPath, type ItemActions } from './AgendapuntItem';
import { OverlegWijzigenSectie } from './OverlegWijzigen';
import { VervolgToevoegen } from './VervolgToevoegen';
import { useMeetingTime, type OrganisatieAanTafel } from './format';
import { vergaderingenApi, vergaderingLinks, type Versioned } from './vergaderingen.api';
import { en, nl } from './messages';
import '../actieoverleg.css';
import './vergaderingen.css';

type Notice = { text: string; kind: 'ok' | 'warning' } | null;

/** The chair puts one tabled referral of the region on this agenda. */
function AgendapuntToevoegen({ overleg, geagendeerd, onAdded }: { overleg: Overleg; geagendeerd: AanmeldingLijstItem[]; onAdded: (o: Versioned<Overleg>, nummer: string) => void }) {
  const m = useAreaMessages({ nl, en });
  const g = m.agenda;
  const opAgenda = new Set(overleg.agendapunten.filter((p) => p.status !== 'doorgeschoven').map((p) => p.casus.id));
  const kandidaten = geagendeerd.filter((a) => !opAgenda.has(a.casus.id));
  if (kandidaten.length === 0) return <Paragraph className="sl-muted">{g.toevoegenLeeg}</Paragraph>;
  return (
    <KeuzeForm
      id="agendapunt-aanmelding"
      label={g.toevoegenLabel}
      description={g.toevoegenHint}
      placeholder={g.toevoegenKies}
      options={kandidaten.map((a) => ({ value: a.id, label: `${a.casus.nummer} – ${a.aanmeldendeOrganisatie.naam}${a.herhaling ? ` (${g.herhaling})` : ''}` }))}
      nodig={g.toevoegenNodig}
      field="aanmeldingId"
      knop={g.toevoegenKnop}
      onSubmit={async (aanmeldingId) => {
        const result = await vergaderingenApi.addAgendapunt(overleg.id, aanmeldingId);
        onAdded(result, kandidaten.find((a) => a.id === aanmeldingId)?.casus.nummer ?? '');
      }}
    />
  );
}

/** Closing the meeting; a 409 names the items still open (read again from the meeting, with links to each). */
function Afronden({ overleg, onClosed }: { overleg: Overleg; onClosed: (notice: string) => void }) {
  const m = useAreaMessages({ nl, en });
  const a = m.afronden;
  const [error, setError] = useState<unknown>(null);
  const [open, setOpen] = useState<Array<{ punt: Agendapunt; plaats: number }> | null>(null);
  const [busy, setBusy] = useState(false);

  async function close() {
    setBusy(true);
    setError(null);
    setOpen(null);
    try {
      const result = await vergaderingenApi.afronden(overleg.id);
      onClosed(`${a.afgerond(result.ontvangers.length)}${result.mailIngepland ? ` ${a.mail}` : ''}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && err.code === 'agendapunten-open') {
        const fresh = await vergaderingenApi.overleg(overleg.id).catch(() => null);
        const punten = (fresh?.data ?? overleg).agendapunten.filter((p) => p.status !== 'doorgeschoven').sort((x, y) => x.volgorde - y.volgorde);
        setOpen(punten.map((punt, i) => ({ punt, plaats: i + 1 })).filter((x) => x.punt.status === 'gepland'));
        setError(err);
        focusSoon('afronden-open');
      } else {
        setError(err);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="afronden-kop" className="sl-ao-section">
      <Heading2 id="afronden-kop">{a.title}</Heading2>
      <Paragraph>{a.intro}</Paragraph>
      {open && open.length > 0 ? (
        <div id="afronden-open" tabIndex={-1} className="sl-ao-focus-target">
          <Alert type="error">
            <Paragraph>
              <strong>{a.open}</strong>
            </Paragraph>
            <ul data-testid="afronden-open">
              {open.map(({ punt, plaats }) => (
                <li key={punt.id}>
                  <RouterLink href={bespreekPath(overleg.id, punt.id)}>{m.agenda.punt(plaats, punt.casus.nummer)}</RouterLink>
                </li>
              ))}
            </ul>
          </Alert>
        </div>
      ) : (
        <ProblemAlert error={error} />
      )}
      <ButtonGroup>
        <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void close()}>
          {a.knop}
        </Button>
      </ButtonGroup>
    </section>
  );
}

/** Links to the minutes for the own organisation: HTML in a new tab, PDF as a download. */
function NotulenLinks({ overleg }: { overleg: Overleg }) {
  const m = useAreaMessages({ nl, en });
  const a = m.afronden;
  return (
    <section aria-labelledby="notulen-kop" className="sl-ao-section">
      <Heading2 id="notulen-kop">{a.notulen}</Heading2>
      <Paragraph>{a.notulenIntro}</Paragraph>
      {overleg.status !== 'afgerond' && <Paragraph>{a.concept}</Paragraph>}
      <ul className="sl-plain-list sl-ao-links">
        <li>
          <a className="utrecht-link" href={vergaderingLinks.notulenHtml(overleg.id)} target="_blank" rel="noopener">
            {a.html}
          </a>
        </li>
        <li>
          <a className="utrecht-link" href={vergaderingLinks.notulenPdf(overleg.id)} download>
            {a.pdf}
          </a>
        </li>
      </ul>
    </section>
  );
}

interface Around {
  later: OverlegLijstItem[];
  /** The people to choose from at this meeting (attendance). */
  medewerkers: Medewerker[];
  geagendeerd: AanmeldingLijstItem[];
  partnersOpAfroep: OrganisatieAanTafel[];
}

/**
 * For the chair: later meetings of the series (to move items on), tabled referrals, on-call partners of the region,
 * the people of the organisations at the meeting.
 */
async function loadAround(overleg: Overleg): Promise<Around> {
  const [lijst, geagendeerd, organisaties, medewerkers] = await Promise.all([
    vergaderingenApi.overleggen(),
    vergaderingenApi.geagendeerd().catch(() => []),
    vergaderingenApi.organisaties(overleg.regio.id).catch(() => []),
    vergaderingenApi.medewerkers(overleg.id).catch(() => []),
  ]);
  const partners = new Map<string, OrganisatieAanTafel>();
  for (const l of overleg.leden) if (l.soort === 'op-afroep') partners.set(l.organisatie.id, l.organisatie);
  for (const o of organisaties) {
    if (o.actief && lidSoortenPerOrganisatieSoort['op-afroep'].includes(o.soort) && !partners.has(o.id)) partners.set(o.id, o);
  }
  return {
    later: lijst
      .filter((o) => o.reeksId === overleg.reeksId && o.id !== overleg.id && o.status === 'gepland' && o.begintOp > overleg.begintOp)
      .sort((a, b) => a.begintOp.localeCompare(b.begintOp)),
    geagendeerd,
    partnersOpAfroep: [...partners.values()],
    medewerkers,
  };
}

/**
 * /actieoverleg/overleggen/:id — one meeting: when and where, the calendar file, the agenda with each partner's
 * input and the own contribution. The chair composes and orders the agenda, invites on-call partners, moves items on,
 * records attendance, starts and closes the meeting. The minutes follow from the record.
 */
export function OverlegPage({ id }: { id: string }) {
  const m = useAreaMessages({ nl, en });
  const o = m.overleg;
  const g = m.agenda;
  const tijd = useMeetingTime();
  const { formatDateTime } = useI18n();
  const [current, setCurrent] = useState<Versioned<Overleg> | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [around, setAround] = useState<Around | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setCurrent(await vergaderingenApi.overleg(id));
      setLoadError(null);
    } catch (e) {
      setLoadError(e);
    }
  }, [id]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const overleg = current?.data ?? null;
  const isChair = overleg?.rol === 'voorzitter';
  const aroundKey = overleg && isChair ? `${overleg.id}:${overleg.versie}:${overleg.agendapunten.length}` : null;
  useEffect(() => {
    if (!overleg || !isChair) return;
    let cancelled = false;
    loadAround(overleg)
      .then((a) => !cancelled && setAround(a))
      .catch(() => {});
    return () => {
      cancelled = true;
    };
    // Read again when the meeting changed (a new item, an item moved on, a meeting planned).
  }, [aroundKey]);

  if (loadError && !overleg) {
    return <LoadFailed title={o.title('')} error={loadError} notFound={o.nietGevonden} back={{ href: '/actieoverleg', label: o.terug }} />;
  }
  if (!current || !overleg) return <Loading />;

  const open = overleg.status === 'gepland' || overleg.status === 'gestart';
  const actief = overleg.agendapunten.filter((p) => p.status !== 'doorgeschoven').sort((a, b) => a.volgorde - b.volgorde);
  const doorgeschoven = overleg.agendapunten.filter((p) => p.status === 'doorgeschoven');
  const toonNotulen =
    overleg.status === 'afgerond' || (overleg.status === 'gestart' && (overleg.rol === 'voorzitter' || overleg.rol === 'vast-lid'));

  async function run(name: string, action: () => Promise<Versioned<Overleg>>, text: (o: Overleg) => string) {
    setBusy(name);
    setActionError(null);
    setNotice(null);
    try {
      const next = await action();
      setCurrent(next);
      setNotice({ text: text(next.data), kind: 'ok' });
    } catch (e) {
      if (e instanceof ApiError && e.isVersionConflict) {
        await reload();
        setNotice({ text: o.conflict, kind: 'warning' });
      } else {
        setActionError(e);
      }
    } finally {
      setBusy(null);
    }
  }

  const added = (next: Versioned<Overleg>, nummer: string) => {
    setCurrent(next);
    setNotice({ text: g.toegevoegd(nummer), kind: 'ok' });
  };

  const actions: ItemActions = {
    move: (punt, delta) => {
      const ids = actief.map((p) => p.id);
      const from = ids.indexOf(punt.id);
      const to = from + delta;
      if (from < 0 || to < 0 || to >= ids.length) return;
      [ids[from], ids[to]] = [ids[to]!, ids[from]!];
      void run('volgorde', () => vergaderingenApi.volgorde(overleg.id, current.etag, ids), () => g.verplaatst(punt.casus.nummer, to + 1)).then(() =>
        focusSoon(`punt-${punt.id}`),
      );
    },
    changed: (text) => {
      // Announce once the page shows the result.
      void reload().then(() => text && setNotice({ text, kind: 'ok' }));
    },
    planNext: async () => {
      const { data: next } = await vergaderingenApi.plan(overleg.reeksId);
      setNotice({ text: m.komend.gepland(tijd.span(next.begintOp, next.eindigtOp)), kind: 'ok' });
      setAround(await loadAround(overleg));
    },
  };

  return (
    <>
      <PageTitle>{overleg.status === 'geannuleerd' ? o.titleGeannuleerd(tijd.day(overleg.begintOp)) : o.title(tijd.day(overleg.begintOp))}</PageTitle>
      {overleg.status === 'geannuleerd' && (
        <Alert type="warning">
          <Paragraph data-testid="overleg-geannuleerd">
            <strong>{isChair ? o.geannuleerdVoorzitter : o.geannuleerd}</strong>
          </Paragraph>
        </Alert>
      )}
      <ul className="sl-plain-list sl-ao-links">
        <li>
          <RouterLink href="/actieoverleg">{o.terug}</RouterLink>
        </li>
        {isChair && (
          <li>
            <RouterLink href="/actieoverleg/reeks">{m.komend.reeks}</RouterLink>
          </li>
        )}
      </ul>

      <section aria-labelledby="overleg-gegevens">
        <Heading2 id="overleg-gegevens" className="sl-visually-hidden">
          {o.gegevens}
        </Heading2>
        <dl className="sl-deflist">
          <div>
            <dt>{o.wanneer}</dt>
            <dd>
              <time dateTime={overleg.begintOp}>{tijd.span(overleg.begintOp, overleg.eindigtOp)}</time>
            </dd>
          </div>
          <div>
            <dt>{o.regio}</dt>
            <dd>{overleg.regio.naam}</dd>
          </div>
          <div>
            <dt>{o.locatie}</dt>
            <dd>{overleg.locatie || m.geen}</dd>
          </div>
          <div>
            <dt>{o.status}</dt>
            <dd data-testid="overleg-status">
              <strong>{m.status[overleg.status]}</strong>
            </dd>
          </div>
          {overleg.gestartOp && (
            <div>
              <dt>{o.gestartOp}</dt>
              <dd>{formatDateTime(overleg.gestartOp)}</dd>
            </div>
          )}
          {overleg.afgerondOp && (
            <div>
              <dt>{o.afgerondOp}</dt>
              <dd>{formatDateTime(overleg.afgerondOp)}</dd>
            </div>
          )}
          <div>
            <dt>{o.rol}</dt>
            <dd>{m.rol[overleg.rol]}</dd>
          </div>
        </dl>
        <Paragraph>
          <a className="utrecht-link" href={vergaderingLinks.overlegIcs(overleg.id)} download>
            {o.ics}
          </a>
          <br />
          <span className="sl-muted">{o.icsHint}</span>
        </Paragraph>
        {overleg.rol === 'op-afroep' && (
          <Alert type="info">
            <Paragraph>{o.opAfroepUitleg}</Paragraph>
          </Alert>
        )}
      </section>

      <StatusNotice text={notice?.text} kind={notice?.kind} />
      <ProblemAlert error={actionError} />

      {isChair && overleg.status === 'gepland' && (
        <section aria-labelledby="starten-kop" className="sl-ao-section">
          <Heading2 id="starten-kop">{o.starten}</Heading2>
          <Paragraph>{o.startenHint}</Paragraph>
          <ButtonGroup>
            <Button
              appearance="primary-action-button"
              busy={busy === 'starten'}
              disabled={busy !== null}
              onClick={() => void run('starten', () => vergaderingenApi.start(overleg.id), () => o.gestart)}
            >
              {o.starten}
            </Button>
          </ButtonGroup>
        </section>
      )}

      <section aria-labelledby="agenda-kop" className="sl-ao-section">
        <Heading2 id="agenda-kop">{g.title}</Heading2>
        {isChair && open && (
          <div className="sl-ao-chair-actions">
            <Paragraph>{g.opstellenHint}</Paragraph>
            <ButtonGroup>
              <Button
                appearance={actief.length === 0 ? 'primary-action-button' : 'secondary-action-button'}
                busy={busy === 'opstellen'}
                disabled={busy !== null}
                onClick={() =>
                  void run('opstellen', () => vergaderingenApi.opstellen(overleg.id), (next) => g.opgesteld(next.agendapunten.filter((p) => p.status !== 'doorgeschoven').length))
                }
              >
                {g.opstellen}
              </Button>
            </ButtonGroup>
            {around && (
              <AgendapuntToevoegen
                overleg={overleg}
                geagendeerd={around.geagendeerd}
                onAdded={added}
              />
            )}
            <VervolgToevoegen overleg={overleg} onAdded={added} />
          </div>
        )}
        {actief.length === 0 ? (
          <Paragraph>{isChair && open ? g.leegVoorzitter : g.leeg}</Paragraph>
        ) : (
          <ol className="sl-ao-agenda">
            {actief.map((punt, i) => (
              <li key={punt.id}>
                <AgendapuntItem
                  overleg={overleg}
                  punt={punt}
                  nummer={i + 1}
                  aantal={actief.length}
                  partnersOpAfroep={around?.partnersOpAfroep ?? []}
                  later={around?.later ?? []}
                  actions={actions}
                />
              </li>
            ))}
          </ol>
        )}
        {doorgeschoven.length > 0 && (
          <>
            <Heading3 id="doorgeschoven-kop">{g.doorgeschovenPunten}</Heading3>
            <ul aria-labelledby="doorgeschoven-kop">
              {doorgeschoven.map((p) => (
                <li key={p.id}>
                  <RouterLink href={`/casussen/${p.casus.id}`}>{p.casus.nummer}</RouterLink> – {m.agendapuntSoort[p.soort]}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {isChair && open ? (
        <AanwezigheidForm
          key={overleg.leden.length}
          current={current}
          medewerkers={around?.medewerkers ?? []}
          onSaved={(next) => setCurrent(next)}
          onConflict={() => void reload()}
        />
      ) : (
        <section aria-labelledby="aanwezigheid-lijst" className="sl-ao-section">
          <Heading2 id="aanwezigheid-lijst">{m.aanwezigheid.title}</Heading2>
          <AanwezigheidLijst overleg={overleg} />
        </section>
      )}

      {isChair && overleg.status === 'gepland' && (
        <OverlegWijzigenSectie
          current={current}
          onSaved={(next) => setCurrent(next)}
          onConflict={reload}
          onCancelled={(next) => {
            setCurrent(next);
            setNotice({ text: m.wijzigen.geannuleerd, kind: 'ok' });
            focusSoon('paginatitel');
          }}
        />
      )}

      {isChair && overleg.status === 'gestart' && (
        <Afronden
          overleg={overleg}
          onClosed={(text) => {
            setNotice({ text, kind: 'ok' });
            void reload();
            focusSoon('paginatitel');
          }}
        />
      )}

      {toonNotulen && <NotulenLinks overleg={overleg} />}
    </>
  );
}
