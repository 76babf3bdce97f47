import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { casusRollen, type CasusRol } from '@schemas/cases';
import type { Grondslag } from '@schemas/sharing';
import type { ZoekTreffer } from '@schemas/persons';
import { nl as casusNl, en as casusEn } from '../cases/messages';
import { useAreaMessages, useI18n } from '../i18n';
import { meldingenApi } from '../meldingen/meldingen.api';
import { formatDate } from '../persons/format';
import { ScoreInWords } from '../persons/PersonSearch';
import { personsApi } from '../persons/persons.api';
import { DataTable } from '../shell/DataTable';
import { SelectField, TextAreaField } from '../shell/fields';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { Loading } from '../shell/page';
import { en, nl } from './messages';

export interface GekozenPersoon {
  id: string;
  naam: string;
  geboortedatum: string | null;
  rol: CasusRol | '';
}

/** Step 1 of a referral without a casus: the persons (only those the organisation may see), their roles, doel and grondslag. */
export interface NieuweCasusKeuze {
  personen: GekozenPersoon[];
  doel: string;
  grondslagId: string;
}

export const legeKeuze: NieuweCasusKeuze = { personen: [], doel: '', grondslagId: '' };

const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * "Nieuwe aanmelding" for someone without a casus: search a person (name, optionally date of birth, in a POST body),
 * choose only hits the own organisation may see, give each a role, and say why the organisation takes part (doel)
 * and on which grondslag. The casus itself is opened together with the referral when the draft is saved.
 */
export function NieuweCasusStap({ initial, onNext }: { initial: NieuweCasusKeuze; onNext: (keuze: NieuweCasusKeuze) => void }) {
  const m = useAreaMessages({ nl, en }).nieuw;
  const rollen = useAreaMessages({ nl: casusNl, en: casusEn }).rollen;
  const { lang } = useI18n();
  const [keuze, setKeuze] = useState<NieuweCasusKeuze>(initial);
  const [naam, setNaam] = useState('');
  const [geboortedatum, setGeboortedatum] = useState('');
  const [treffers, setTreffers] = useState<ZoekTreffer[] | null>(null);
  const [verborgen, setVerborgen] = useState(0);
  const [zoekFout, setZoekFout] = useState<Record<string, string>>({});
  const [zoekError, setZoekError] = useState<unknown>(null);
  const [zoekend, setZoekend] = useState(false);
  const [grondslagen, setGrondslagen] = useState<Grondslag[] | null>(null);
  const [grondslagError, setGrondslagError] = useState<unknown>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    let cancelled = false;
    meldingenApi
      .grondslagen()
      .then((g) => !cancelled && setGrondslagen(g))
      .catch((e: unknown) => !cancelled && setGrondslagError(e));
    return () => {
      cancelled = true;
    };
  }, []);

  async function zoek(event: FormEvent) {
    event.preventDefault();
    if (naam.trim().length < 2) {
      setZoekFout({ naam: m.naamNodig });
      focusSoon('nieuw-zoek-naam');
      return;
    }
    setZoekFout({});
    setZoekError(null);
    setZoekend(true);
    try {
      const r = await personsApi.search({ naam: naam.trim(), ...(geboortedatum ? { geboortedatum } : {}) });
      const zichtbaar = r.treffers.filter((t) => t.magInzien);
      setTreffers(zichtbaar);
      setVerborgen(r.treffers.length - zichtbaar.length);
      focusSoon('nieuw-resultaten');
    } catch (e) {
      setZoekError(e);
    } finally {
      setZoekend(false);
    }
  }

  function kies(t: ZoekTreffer) {
    if (keuze.personen.some((p) => p.id === t.persoon.id)) return;
    setKeuze((k) => ({ ...k, personen: [...k.personen, { id: t.persoon.id, naam: t.persoon.naam, geboortedatum: t.persoon.geboortedatum, rol: '' }] }));
    setErrors((e) => ({ ...e, personen: '' }));
    focusSoon(`nieuw-rol-${t.persoon.id}`);
  }

  const zetRol = (id: string, rol: string) =>
    setKeuze((k) => ({ ...k, personen: k.personen.map((p) => (p.id === id ? { ...p, rol: rol as CasusRol | '' } : p)) }));
  const verwijder = (id: string) => {
    setKeuze((k) => ({ ...k, personen: k.personen.filter((p) => p.id !== id) }));
    focusSoon('nieuw-zoek-naam');
  };

  function verder(event: FormEvent) {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (keuze.personen.length === 0) e.personen = m.personenNodig;
    for (const p of keuze.personen) if (!p.rol) e[`rol-${p.id}`] = m.rolNodig;
    if (keuze.doel.trim().length < 10) e.doel = m.doelTekort;
    if (!keuze.grondslagId) e.grondslagId = m.grondslagNodig;
    setErrors(e);
    const eerste = Object.keys(e)[0];
    if (eerste) {
      focusSoon(eerste === 'personen' ? 'nieuw-zoek-naam' : `nieuw-${eerste}`);
      return;
    }
    onNext({ ...keuze, doel: keuze.doel.trim() });
  }

  const rolOpties = casusRollen.map((r) => ({ value: r, label: rollen[r] }));
  const gekozen = grondslagen?.find((g) => g.id === keuze.grondslagId);

  return (
    <>
      <Heading2>{m.stap1}</Heading2>
      <Paragraph>{m.intro}</Paragraph>

      <Heading3>{m.zoekKop}</Heading3>
      <ProblemAlert error={zoekError} />
      <form role="search" aria-label={m.zoekKop} onSubmit={zoek} noValidate className="sl-form">
        <TextField
          id="nieuw-zoek-naam"
          label={m.naam}
          description={m.naamHint}
          value={naam}
          onChange={setNaam}
          autoComplete="off"
          spellCheck={false}
          error={fieldError('naam', zoekFout, zoekError) ?? (errors.personen || undefined)}
        />
        <TextField id="nieuw-zoek-geboortedatum" type="date" label={m.geboortedatum} value={geboortedatum} onChange={setGeboortedatum} error={fieldError('geboortedatum', {}, zoekError)} />
        <ButtonGroup>
          <Button type="submit" appearance="secondary-action-button" busy={zoekend} disabled={zoekend}>
            {m.zoeken}
          </Button>
        </ButtonGroup>
      </form>

      {treffers && (
        <section aria-labelledby="nieuw-resultaten" className="sl-ao-part">
          <Heading3 id="nieuw-resultaten" tabIndex={-1}>
            {m.resultaten}
          </Heading3>
          <p className="utrecht-paragraph" role="status">
            {treffers.length === 0 ? m.geenTreffers : m.aantal(treffers.length)}
            {verborgen > 0 && ` ${m.verborgen(verborgen)}`}
          </p>
          {treffers.length > 0 && (
            <ul className="sl-plain-list sl-ao-hits">
              {treffers.map((t) => {
                const al = keuze.personen.some((p) => p.id === t.persoon.id);
                return (
                  <li key={t.persoon.id}>
                    <strong>{t.persoon.naam}</strong>, {m.geboren} {t.persoon.geboortedatum ? formatDate(t.persoon.geboortedatum, lang) : m.onbekend}
                    {t.persoon.woonplaats && <>, {t.persoon.woonplaats}</>} – <ScoreInWords treffer={t} />{' '}
                    {al ? (
                      <span>{m.alGekozen}</span>
                    ) : (
                      <Button appearance="secondary-action-button" onClick={() => kies(t)}>
                        {m.kiezen(t.persoon.naam)}
                      </Button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}

      <form onSubmit={verder} noValidate className="sl-form sl-ao-part">
        <Heading3>{m.gekozenKop}</Heading3>
        {keuze.personen.length === 0 ? (
          <Paragraph>{m.nogNiemand}</Paragraph>
        ) : (
          <DataTable caption={m.gekozenCaption} columns={[m.persoon, m.geboortedatum, m.rol, m.actie]}>
            {keuze.personen.map((p) => (
              <TableRow key={p.id} data-testid="gekozen-persoon">
                <TableHeaderCell scope="row">{p.naam}</TableHeaderCell>
                <TableCell>{p.geboortedatum ? formatDate(p.geboortedatum, lang) : m.onbekend}</TableCell>
                <TableCell>
                  <SelectField
                    id={`nieuw-rol-${p.id}`}
                    label={m.rolVan(p.naam)}
                    value={p.rol}
                    onChange={(v) => zetRol(p.id, v)}
                    options={rolOpties}
                    placeholder={m.rolKiezen}
                    required
                    error={errors[`rol-${p.id}`] || undefined}
                  />
                </TableCell>
                <TableCell>
                  <Button appearance="subtle-button" onClick={() => verwijder(p.id)}>
                    {m.verwijderen(p.naam)}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </DataTable>
        )}

        <Heading3>{m.waaromKop}</Heading3>
        <TextAreaField
          id="nieuw-doel"
          label={m.doel}
          description={m.doelHint}
          value={keuze.doel}
          onChange={(doel) => setKeuze((k) => ({ ...k, doel }))}
          maxLength={1000}
          rows={3}
          required
          error={errors.doel || undefined}
        />
        <ProblemAlert error={grondslagError} />
        {grondslagen === null && !grondslagError && <Loading />}
        {grondslagen && grondslagen.length === 0 && (
          <Alert type="warning">
            <Paragraph>{m.geenGrondslagen}</Paragraph>
          </Alert>
        )}
        {grondslagen && grondslagen.length > 0 && (
          <>
            <SelectField
              id="nieuw-grondslagId"
              label={m.grondslag}
              description={m.grondslagHint}
              value={keuze.grondslagId}
              onChange={(grondslagId) => setKeuze((k) => ({ ...k, grondslagId }))}
              options={grondslagen.map((g) => ({ value: g.id, label: `${g.naam} (${g.wettelijkeBasis})` }))}
              placeholder={m.grondslagKiezen}
              required
              error={errors.grondslagId || undefined}
            />
            {gekozen?.omschrijving && <p className="utrecht-paragraph sl-muted">{gekozen.omschrijving}</p>}
          </>
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            {m.verder}
          </Button>
        </ButtonGroup>
      </form>
    </>
  );
}
