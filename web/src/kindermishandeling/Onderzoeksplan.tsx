import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Onderzoeksplan, Onderzoeksstap, OnderzoeksstapSoort, StapWijziging, Traject, VolgordeOverride } from '@schemas/kindermishandeling';
import { eigenaarPastBijStap, onderzoeksstapSoorten } from '@schemas/kindermishandeling';
import type { OrganisatieSoort } from '@schemas/organisations';
import { ApiError } from '../api/client';
import { useApiData } from '../api/useApiData';
import { ActionDisclosure, SubmitRow, useActionDisclosure } from '../cases/ActionDisclosure';
import { useI18n } from '../i18n';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { SelectField, StatusNotice, TextAreaField } from '../shell/fields';
import { Loading } from '../shell/page';
import { fromLocalInput, toLocalInput } from '../shell/datetime-local';
import { sskApi } from './kindermishandeling.api';
import { FormProblem, useSskMessages, useVerzenden } from './shared';

interface Organisatie {
  id: string;
  naam: string;
  soort: string;
}

/** The owners that fit a kind of step: the track's partners and the region's medical expert organisations. */
function eigenaarOpties(soort: OnderzoeksstapSoort | '', kandidaten: readonly Organisatie[]) {
  if (!soort) return [];
  return kandidaten.filter((o) => eigenaarPastBijStap(soort, o.soort as OrganisatieSoort)).map((o) => ({ value: o.id, label: o.naam }));
}

interface StapVelden {
  soort: OnderzoeksstapSoort | '';
  omschrijving: string;
  eigenaarOrganisatieId: string;
  geplandOp: string;
}

function StapFormVelden({ prefix, velden, zet, kandidaten, fouten, error }: {
  prefix: string;
  velden: StapVelden;
  zet: (v: Partial<StapVelden>) => void;
  kandidaten: readonly Organisatie[];
  fouten: Record<string, string>;
  error: unknown;
}) {
  const m = useSskMessages();
  const opties = eigenaarOpties(velden.soort, kandidaten);
  return (
    <>
      <SelectField
        id={`${prefix}-soort`}
        label={m.soort}
        value={velden.soort}
        onChange={(v) => {
          const soort = v as OnderzoeksstapSoort | '';
          // An owner that no longer fits the kind is cleared: the user picks again from those that fit.
          const past = eigenaarOpties(soort, kandidaten).some((o) => o.value === velden.eigenaarOrganisatieId);
          zet({ soort, ...(past ? {} : { eigenaarOrganisatieId: '' }) });
        }}
        placeholder={m.kies}
        required
        options={onderzoeksstapSoorten.map((s) => ({ value: s, label: m.stapSoorten[s] }))}
        error={fieldError('soort', fouten, error)}
      />
      <SelectField
        id={`${prefix}-eigenaar`}
        label={m.eigenaar}
        description={velden.soort ? m.eigenaarHint : m.eigenaarEerstSoort}
        value={velden.eigenaarOrganisatieId}
        onChange={(v) => zet({ eigenaarOrganisatieId: v })}
        placeholder={m.kies}
        required
        options={opties}
        error={fieldError('eigenaarOrganisatieId', fouten, error)}
      />
      <TextField
        id={`${prefix}-gepland`}
        type="datetime-local"
        label={m.geplandOp}
        value={velden.geplandOp}
        onChange={(v) => zet({ geplandOp: v })}
        required
        error={fieldError('geplandOp', fouten, error)}
      />
      <TextAreaField
        id={`${prefix}-omschrijving`}
        label={m.omschrijving}
        description={m.omschrijvingHint}
        value={velden.omschrijving}
        onChange={(v) => zet({ omschrijving: v })}
        rows={2}
        maxLength={2000}
        error={fieldError('omschrijving', fouten, error)}
      />
    </>
  );
}

function controleer(m: ReturnType<typeof useSskMessages>, v: StapVelden): Record<string, string> {
  const f: Record<string, string> = {};
  if (!v.soort) f.soort = m.verplicht;
  if (!v.eigenaarOrganisatieId) f.eigenaarOrganisatieId = m.verplicht;
  if (!fromLocalInput(v.geplandOp)) f.geplandOp = m.verplicht;
  return f;
}

function StapToevoegenForm({ trajectId, kandidaten, onToegevoegd }: { trajectId: string; kandidaten: readonly Organisatie[]; onToegevoegd: () => void }) {
  const m = useSskMessages();
  const disclosure = useActionDisclosure();
  const leeg: StapVelden = { soort: '', omschrijving: '', eigenaarOrganisatieId: '', geplandOp: toLocalInput(new Date(Date.now() + 3_600_000).toISOString()) };
  const [velden, setVelden] = useState<StapVelden>(leeg);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const { error, bezig, verzend } = useVerzenden();
  const verstuur = async () => {
    const f = controleer(m, velden);
    setFouten(f);
    const geplandOp = fromLocalInput(velden.geplandOp);
    const soort = velden.soort;
    if (Object.keys(f).length > 0 || !soort || !geplandOp) return;
    await verzend(async () => {
      await sskApi.stapToevoegen(trajectId, { soort, omschrijving: velden.omschrijving.trim(), eigenaarOrganisatieId: velden.eigenaarOrganisatieId, geplandOp });
      setVelden(leeg);
      disclosure.done(m.stapToegevoegd);
      onToegevoegd();
    });
  };
  return (
    <form className="sl-ssk-form" noValidate onSubmit={(e) => (e.preventDefault(), void verstuur())} data-testid="ssk-stap-toevoegen">
      <FormProblem error={error} />
      <StapFormVelden prefix="nieuwe-stap" velden={velden} zet={(v) => setVelden((x) => ({ ...x, ...v }))} kandidaten={kandidaten} fouten={fouten} error={error} />
      <SubmitRow busy={bezig}>{m.stapToevoegenKnop}</SubmitRow>
    </form>
  );
}

function StapWijzigenForm({ trajectId, stap, kandidaten, onKlaar, onAnnuleren, onHerladen }: {
  trajectId: string;
  stap: Onderzoeksstap;
  kandidaten: readonly Organisatie[];
  onKlaar: (melding: string) => void;
  onAnnuleren: () => void;
  onHerladen: () => Promise<unknown>;
}) {
  const m = useSskMessages();
  // What the form opened with: only the fields the user changed are sent, so a colleague's change to another field
  // (seen after a version conflict and a reload) is not overwritten.
  const [begin] = useState<StapVelden>(() => ({ soort: stap.soort, omschrijving: stap.omschrijving, eigenaarOrganisatieId: stap.eigenaar.id, geplandOp: toLocalInput(stap.geplandOp) }));
  const [velden, setVelden] = useState<StapVelden>(begin);
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const { error, setError, bezig, verzend } = useVerzenden();
  const verstuur = async () => {
    const f = controleer(m, velden);
    setFouten(f);
    const geplandOp = fromLocalInput(velden.geplandOp);
    if (Object.keys(f).length > 0 || !velden.soort || !geplandOp) return;
    const wijziging: StapWijziging = {};
    if (velden.soort !== begin.soort) wijziging.soort = velden.soort;
    if (velden.eigenaarOrganisatieId !== begin.eigenaarOrganisatieId) wijziging.eigenaarOrganisatieId = velden.eigenaarOrganisatieId;
    if (velden.geplandOp !== begin.geplandOp) wijziging.geplandOp = geplandOp;
    if (velden.omschrijving.trim() !== begin.omschrijving.trim()) wijziging.omschrijving = velden.omschrijving.trim();
    if (Object.keys(wijziging).length === 0) return onAnnuleren();
    await verzend(async () => {
      // The version of the step as the plan showed it last (after a reload: the newest).
      await sskApi.stapWijzigen(trajectId, stap.id, stap.versie, wijziging);
      onKlaar(m.stapGewijzigd);
    });
  };
  const titel = m.stapWijzigen(m.stapSoorten[stap.soort]);
  return (
    <section aria-labelledby="stap-wijzigen-kop" className="sl-ssk-item" data-testid="ssk-stap-wijzigen">
      <Heading3 id="stap-wijzigen-kop">{titel}</Heading3>
      <form className="sl-ssk-form" noValidate onSubmit={(e) => (e.preventDefault(), void verstuur())}>
        <FormProblem error={error} onHerladen={() => void onHerladen().then(() => setError(null))} />
        <StapFormVelden prefix="stap-wijzigen" velden={velden} zet={(v) => setVelden((x) => ({ ...x, ...v }))} kandidaten={kandidaten} fouten={fouten} error={error} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            {m.stapOpslaan}
          </Button>
          <Button type="button" appearance="subtle-button" onClick={onAnnuleren}>
            {m.annuleren}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

/** Confirming: a reason field per violation; the server's refusal shows beside the field of the rule it names. */
function BevestigenForm({ plan, stapLabel, onBevestigd }: { plan: Onderzoeksplan; stapLabel: (id: string) => string; onBevestigd: (p: Onderzoeksplan) => void }) {
  const m = useSskMessages();
  const [redenen, setRedenen] = useState<Record<string, string>>({});
  const { error, bezig, verzend } = useVerzenden();
  const [verstuurd, setVerstuurd] = useState<number[]>([]);
  const sleutel = (s: { regel: string; stapIds: readonly string[] }) => `${s.regel}:${s.stapIds.join(',')}`;

  const verstuur = async () => {
    const overrides: VolgordeOverride[] = [];
    const index: number[] = [];
    plan.schendingen.forEach((s, i) => {
      const reden = (redenen[sleutel(s)] ?? '').trim();
      if (reden) {
        overrides.push({ regel: s.regel, stapIds: s.stapIds, reden });
        index.push(i);
      }
    });
    setVerstuurd(index);
    await verzend(async () => {
      onBevestigd(await sskApi.bevestigen(plan.trajectId, { overrides }));
    });
  };

  /** The server names `overrides` with the rule as code (a missing reason), or `overrides[j].reden` (a bad one). */
  const foutVoor = (i: number): string | undefined => {
    if (!(error instanceof ApiError)) return undefined;
    const s = plan.schendingen[i]!;
    const j = verstuurd.indexOf(i);
    return (
      error.invalidParams.find((p) => p.name === 'overrides' && p.code === s.regel)?.reason ??
      (j >= 0 ? error.invalidParams.find((p) => p.name.startsWith(`overrides[${j}]`))?.reason : undefined)
    );
  };

  return (
    <form className="sl-ssk-form" noValidate onSubmit={(e) => (e.preventDefault(), void verstuur())} data-testid="ssk-bevestigen">
      <Paragraph>{m.bevestigenIntro}</Paragraph>
      <FormProblem error={error} />
      {plan.schendingen.map((s, i) => (
        <TextAreaField
          key={sleutel(s)}
          id={`override-${i}`}
          label={m.overrideLabel(i + 1)}
          description={`${s.melding} ${m.schendingTeVroeg(stapLabel(s.stapIds[0]!))}. ${m.overrideHint}`}
          value={redenen[sleutel(s)] ?? ''}
          onChange={(v) => setRedenen((r) => ({ ...r, [sleutel(s)]: v }))}
          rows={2}
          maxLength={2000}
          error={foutVoor(i)}
        />
      ))}
      <Paragraph>
        <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
          {m.bevestigenKnop}
        </Button>
      </Paragraph>
    </form>
  );
}

/** The joint research plan of a track: the steps, the live sequencing violations, confirming with reasons. */
export function OnderzoeksplanSectie({
  traject,
  tick,
  magWijzigen,
  onGewijzigd,
  onStappen,
}: {
  traject: Traject;
  tick: number;
  magWijzigen: boolean;
  onGewijzigd: () => void;
  /** The steps as last read, for the medical request's "bij stap" (the plan is read once per change). */
  onStappen?: (stappen: Onderzoeksstap[]) => void;
}) {
  const m = useSskMessages();
  const { formatDateTime } = useI18n();
  const [melding, setMelding] = useState<string | null>(null);
  const [bewerkt, setBewerkt] = useState<string | null>(null);
  const [rijFout, setRijFout] = useState<unknown>(null);
  const [planData, setPlanData] = useState<Onderzoeksplan | null>(null);
  const [planFout, setPlanFout] = useState<unknown>(null);
  const plan = { data: planData, error: planFout };
  /** Reads the plan; resolves once the newest is shown (a form's reload after a version conflict waits for it). */
  const herlaad = useCallback(
    () =>
      sskApi.plan(traject.id).then(
        (p) => {
          setPlanData(p);
          setPlanFout(null);
        },
        setPlanFout,
      ),
    [traject.id],
  );
  useEffect(() => {
    void herlaad();
  }, [herlaad, tick]);
  const regio = useApiData(() => sskApi.organisatiesVanRegio(traject.regio.id), [traject.regio.id]);
  const stappen = plan.data?.stappen;
  useEffect(() => {
    if (stappen) onStappen?.(stappen);
  }, [stappen, onStappen]);

  const kandidaten: Organisatie[] = [
    ...traject.organisaties,
    ...(regio.data ?? []).filter((o) => o.soort === 'medisch-expert' && !traject.organisaties.some((p) => p.id === o.id)),
  ];

  const gewijzigd = (tekst: string) => {
    setMelding(tekst);
    setBewerkt(null);
    void herlaad();
    onGewijzigd();
  };

  const snel = async (stap: Onderzoeksstap, status: 'uitgevoerd' | 'vervallen') => {
    setRijFout(null);
    try {
      await sskApi.stapWijzigen(traject.id, stap.id, stap.versie, { status });
      gewijzigd(status === 'uitgevoerd' ? m.stapIsUitgevoerd : m.stapIsVervallen);
    } catch (e) {
      setRijFout(e);
    }
  };

  const p = plan.data;
  const stapLabel = (id: string) => {
    const s = p?.stappen.find((x) => x.id === id);
    return s ? m.stapBeschrijving(m.stapSoorten[s.soort], s.eigenaar.naam, formatDateTime(s.uitgevoerdOp ?? s.geplandOp)) : m.onbekendeStap;
  };
  const teBewerken = p?.stappen.find((s) => s.id === bewerkt) ?? null;

  return (
    <section id="onderzoeksplan" aria-labelledby="onderzoeksplan-kop" className="sl-ssk-sectie" data-testid="ssk-onderzoeksplan">
      <Heading2 id="onderzoeksplan-kop">{m.planTitel}</Heading2>
      <Paragraph>{m.planIntro}</Paragraph>
      <StatusNotice text={melding} />
      <ProblemAlert error={plan.error} />
      {!p && !plan.error && <Loading />}
      {p && (
        <>
          {p.schendingen.length > 0 ? (
            <div className="sl-ssk-schendingen" role="region" aria-labelledby="schendingen-kop" data-testid="ssk-schendingen">
              <Heading3 id="schendingen-kop">{m.schendingenTitel}</Heading3>
              <Paragraph>{m.schendingenIntro(p.schendingen.length)}</Paragraph>
              <ol>
                {p.schendingen.map((s) => (
                  <li key={`${s.regel}:${s.stapIds.join(',')}`} className="sl-ssk-schending" data-testid="ssk-schending">
                    <strong className="sl-ssk-regel">{s.melding}</strong>
                    <span className="sl-ssk-regel">{m.schendingTeVroeg(stapLabel(s.stapIds[0]!))}</span>
                    {s.stapIds[1] && <span className="sl-ssk-regel">{m.schendingWachtOp(stapLabel(s.stapIds[1]))}</span>}
                  </li>
                ))}
              </ol>
            </div>
          ) : (
            p.stappen.length > 0 && <Paragraph data-testid="ssk-geen-schendingen">{m.geenSchendingen}</Paragraph>
          )}

          <FormProblem error={rijFout} onHerladen={() => void herlaad().then(() => setRijFout(null))} />
          {p.stappen.length === 0 ? (
            <Paragraph>{m.geenStappen}</Paragraph>
          ) : (
            <div className="sl-ssk-tabel">
              <table className="utrecht-table" data-testid="ssk-stappen">
                <caption className="utrecht-table__caption">{m.stappenCaption}</caption>
                <thead className="utrecht-table__header">
                  <tr className="utrecht-table__row">
                    <th scope="col" className="utrecht-table__header-cell">{m.kolomStap}</th>
                    <th scope="col" className="utrecht-table__header-cell">{m.kolomEigenaar}</th>
                    <th scope="col" className="utrecht-table__header-cell">{m.kolomGepland}</th>
                    <th scope="col" className="utrecht-table__header-cell">{m.kolomStatus}</th>
                    {magWijzigen && <th scope="col" className="utrecht-table__header-cell">{m.kolomActies}</th>}
                  </tr>
                </thead>
                <tbody className="utrecht-table__body">
                  {p.stappen.map((s) => {
                    const label = m.stapSoorten[s.soort];
                    return (
                      <tr key={s.id} className="utrecht-table__row" data-testid="ssk-stap">
                        <th scope="row" className="utrecht-table__header-cell">
                          {label}
                          {s.omschrijving && (
                            <>
                              <br />
                              <span className="sl-muted">{s.omschrijving}</span>
                            </>
                          )}
                        </th>
                        <td className="utrecht-table__cell">{s.eigenaar.naam}</td>
                        <td className="utrecht-table__cell">
                          <time dateTime={s.geplandOp}>{formatDateTime(s.geplandOp)}</time>
                        </td>
                        <td className="utrecht-table__cell">
                          {m.stapStatus[s.status]}
                          {s.uitgevoerdOp && <> ({m.uitgevoerdOp(formatDateTime(s.uitgevoerdOp))})</>}
                        </td>
                        {magWijzigen && (
                          <td className="utrecht-table__cell">
                            {s.status === 'gepland' && (
                              <div className="sl-ssk-stapacties">
                                <Button type="button" appearance="secondary-action-button" className="sl-ssk-knop" onClick={() => setBewerkt(s.id)}>
                                  {m.stapWijzigen(label)}
                                </Button>
                                <Button type="button" appearance="subtle-button" className="sl-ssk-knop" onClick={() => void snel(s, 'uitgevoerd')}>
                                  {m.stapUitgevoerd(label)}
                                </Button>
                                <Button type="button" appearance="subtle-button" className="sl-ssk-knop" onClick={() => void snel(s, 'vervallen')}>
                                  {m.stapVervallen(label)}
                                </Button>
                              </div>
                            )}
                          </td>
                        )}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}

          {magWijzigen && teBewerken && (
            <StapWijzigenForm
              key={teBewerken.id}
              trajectId={traject.id}
              stap={teBewerken}
              kandidaten={kandidaten}
              onKlaar={gewijzigd}
              onAnnuleren={() => setBewerkt(null)}
              onHerladen={herlaad}
            />
          )}

          {magWijzigen && (
            <ActionDisclosure id="stap-toevoegen" label={m.stapToevoegen}>
              <StapToevoegenForm trajectId={traject.id} kandidaten={kandidaten} onToegevoegd={() => gewijzigd(m.stapToegevoegd)} />
            </ActionDisclosure>
          )}

          <section aria-labelledby="bevestigen-kop" className="sl-ssk-item">
            <Heading3 id="bevestigen-kop">{m.bevestigenTitel}</Heading3>
            {p.laatsteBevestiging && (
              <Paragraph data-testid="ssk-bevestiging">{m.laatsteBevestiging(formatDateTime(p.laatsteBevestiging.bevestigdOp), p.laatsteBevestiging.door.naam)}</Paragraph>
            )}
            {p.laatsteBevestiging && p.laatsteBevestiging.overrides.length > 0 && (
              <>
                <Paragraph>{m.afwijkingen}</Paragraph>
                <ul>
                  {p.laatsteBevestiging.overrides.map((o) => (
                    <li key={`${o.regel}:${o.stapIds.join(',')}`}>{o.reden}</li>
                  ))}
                </ul>
              </>
            )}
            {p.status === 'bevestigd' ? (
              <Alert type="ok">
                <Paragraph>{m.planIsBevestigd}</Paragraph>
              </Alert>
            ) : magWijzigen && p.stappen.length > 0 ? (
              <BevestigenForm
                key={p.schendingen.map((s) => s.regel + s.stapIds.join()).join('|')}
                plan={p}
                stapLabel={stapLabel}
                onBevestigd={() => gewijzigd(m.bevestigd)}
              />
            ) : (
              !magWijzigen && <Paragraph className="sl-muted">{m.alleenPartners}</Paragraph>
            )}
          </section>
        </>
      )}
    </section>
  );
}
