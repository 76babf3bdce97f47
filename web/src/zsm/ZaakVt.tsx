import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { vtContactWijzen, type VtContactWijze, type ZsmZaakDetail } from '@schemas/zsm/zaken';
import { ApiError } from '../api/client';
import { useApiData } from '../api/useApiData';
import { useAreaMessages } from '../i18n';
import { RadioGroup } from '../actieoverleg/RadioGroup';
import { focusSoon, useAction } from '../actieoverleg/vergaderingen/actions';
import { DataTable } from '../shell/DataTable';
import { SelectField, StatusNotice, TextAreaField, type Option } from '../shell/fields';
import { fieldError, ProblemAlert } from '../shell/forms';
import { NuBereikbaarTekst, useDuur, useTijd, VtStatusTekst } from './Klok';
import type { ZaakRechten } from './rechten';
import { zsmApi, type Versioned } from './zsm.api';
import { en, nl } from './messages';

/** "Contact met Veilig Thuis vastleggen": how, reached or not (a failed attempt counts too), a note. */
function VtContactForm({ zaakId, isVt, onSaved }: { zaakId: string; isVt: boolean; onSaved: () => void }) {
  const m = useAreaMessages({ nl, en });
  const v = m.vt;
  const [wijze, setWijze] = useState<VtContactWijze | null>(null);
  const [bereikt, setBereikt] = useState<'ja' | 'nee' | null>(null);
  const [toelichting, setToelichting] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const e: Record<string, string> = {};
    if (!wijze) e.wijze = v.wijzeNodig;
    if (!bereikt) e.bereikt = v.bereiktNodig;
    setErrors(e);
    if (Object.keys(e).length > 0) {
      focusSoon(e.wijze ? `vt-wijze-${vtContactWijzen[0]}` : 'vt-bereikt-ja');
      return;
    }
    const ok = await run(() => zsmApi.vtContact(zaakId, { wijze: wijze!, bereikt: bereikt === 'ja', toelichting: toelichting.trim() }));
    if (ok) {
      setWijze(null);
      setBereikt(null);
      setToelichting('');
      setNotice(v.vastgelegd);
      onSaved();
    }
  }

  return (
    <form onSubmit={submit} noValidate className="sl-form sl-zsm-form" aria-labelledby="vt-contact-titel">
      <Heading3 id="vt-contact-titel">{v.formTitle}</Heading3>
      <Paragraph>{isVt ? v.formIntroVt : v.formIntro}</Paragraph>
      <StatusNotice text={notice} />
      <ProblemAlert error={error} />
      <RadioGroup
        id="vt-wijze"
        legend={v.wijze}
        value={wijze}
        options={vtContactWijzen.map((w) => ({ value: w, label: m.contactWijze[w] }))}
        error={fieldError('wijze', errors, error)}
        onChange={(w) => setWijze(w as VtContactWijze)}
      />
      <RadioGroup
        id="vt-bereikt"
        legend={v.bereiktVraag}
        value={bereikt}
        options={[
          { value: 'ja', label: v.bereiktJa },
          { value: 'nee', label: v.bereiktNee },
        ]}
        error={fieldError('bereikt', errors, error)}
        onChange={(b) => setBereikt(b as 'ja' | 'nee')}
      />
      <TextAreaField
        id="vt-toelichting"
        label={v.toelichting}
        description={v.toelichtingHint}
        value={toelichting}
        onChange={setToelichting}
        maxLength={2000}
        rows={3}
        error={fieldError('toelichting', errors, error)}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {v.opslaan}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/**
 * Police and OM choose the case's Veilig Thuis organisation, or change it (If-Match on the case). A colleague's change
 * in between reloads the case and keeps the choice, so it can be recorded again on the newest version.
 */
function VtKeuzeForm({
  zaak,
  options,
  wijzigen,
  onChosen,
  onConflict,
  onCancel,
}: {
  zaak: Versioned<ZsmZaakDetail>;
  options: readonly Option[];
  /** Changing an organisation already chosen (else the first choice). */
  wijzigen: boolean;
  onChosen: (naam: string) => void;
  onConflict: () => void;
  onCancel?: () => void;
}) {
  const m = useAreaMessages({ nl, en });
  const v = m.vt;
  const id = wijzigen ? 'vt-wijzigen' : 'vt-kiezen';
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  // After a conflict the choice waits for the case's newest version before it can be recorded again.
  const [verouderd, setVerouderd] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const wacht = busy || verouderd === zaak.etag;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (wacht) return;
    const chosen = options.some((o) => o.value === value);
    setMissing(!chosen);
    if (!chosen) {
      focusSoon(id);
      return;
    }
    let conflict = false;
    let naam = '';
    const ok = await run(async () => {
      try {
        const nieuw = await zsmApi.wijzigen(zaak.data.id, zaak.etag, { vtOrganisatieId: value });
        naam = nieuw.data.vtOrganisatie?.naam ?? '';
      } catch (err) {
        if (!(err instanceof ApiError && err.isVersionConflict)) throw err;
        conflict = true;
      }
    });
    if (!ok) return;
    if (conflict) {
      setVerouderd(zaak.etag);
      onConflict();
      return;
    }
    setValue('');
    onChosen(naam);
  }

  return (
    <form onSubmit={submit} noValidate className={wijzigen ? 'sl-form sl-zsm-form' : 'sl-ao-inline-form'} aria-labelledby={wijzigen ? 'vt-wijzigen-titel' : undefined}>
      {wijzigen && (
        <>
          <Heading3 id="vt-wijzigen-titel" tabIndex={-1}>
            {v.wijzigenTitel}
          </Heading3>
          <Paragraph>{v.wijzigenUitleg}</Paragraph>
          {zaak.data.vtOrganisatie && <Paragraph>{v.wijzigenVorige(zaak.data.vtOrganisatie.naam)}</Paragraph>}
        </>
      )}
      <ProblemAlert error={error} />
      <SelectField
        id={id}
        label={wijzigen ? v.wijzigenLabel : v.kiezen}
        description={wijzigen ? undefined : v.kiezenHint}
        placeholder={v.kiezenPlaceholder}
        options={options}
        value={value}
        error={fieldError('vtOrganisatieId', missing ? { vtOrganisatieId: v.kiezenNodig } : {}, error)}
        onChange={setValue}
      />
      <ButtonGroup>
        <Button type="submit" appearance={wijzigen ? 'primary-action-button' : 'secondary-action-button'} busy={wacht} disabled={wacht}>
          {wijzigen ? v.wijzigenKnop : v.kiezenKnop}
        </Button>
        {onCancel && (
          <Button appearance="subtle-button" onClick={onCancel}>
            {v.wijzigenAnnuleren}
          </Button>
        )}
      </ButtonGroup>
    </form>
  );
}

/**
 * The Veilig Thuis part of a case: its organisation (police and OM choose it), its status, whom to reach now, the
 * contact attempts so far and the form to record one. A case without contact says so.
 */
export function ZaakVt({
  zaak,
  rechten,
  isVt,
  onChanged,
}: {
  zaak: Versioned<ZsmZaakDetail>;
  rechten: ZaakRechten;
  isVt: boolean;
  onChanged: () => void;
}) {
  const m = useAreaMessages({ nl, en });
  const v = m.vt;
  const tijd = useTijd();
  const duur = useDuur();
  const z = zaak.data;
  const [notice, setNotice] = useState<{ text: string; kind: 'ok' | 'warning' } | null>(null);
  const [wijzigen, setWijzigen] = useState(false);
  // The region's VT organisations: whom to reach while none is chosen, and the choice for police and OM.
  const regio = useApiData(
    () => (z.vtOrganisatie && !rechten.politieOfOm ? Promise.resolve(null) : zsmApi.bereikbaarheid()),
    [z.vtOrganisatie?.id ?? '', rechten.politieOfOm],
  );
  const andere = (regio.data ?? []).filter((r) => r.organisatie.id !== z.vtOrganisatie?.id).map((r) => ({ value: r.organisatie.id, label: r.organisatie.naam }));
  const gekozen = (naam: string) => {
    setWijzigen(false);
    setNotice({ kind: 'ok', text: v.gekozen(naam) });
    focusSoon('vt');
    onChanged();
  };
  const conflict = () => {
    setNotice({ kind: 'warning', text: v.conflict });
    onChanged();
  };

  return (
    <section aria-labelledby="vt" className="sl-zsm-sectie">
      <Heading2 id="vt" tabIndex={-1}>
        {v.title}
      </Heading2>
      <StatusNotice text={notice?.text} kind={notice?.kind} />
      <dl className="sl-deflist">
        <div>
          <dt>{v.organisatie}</dt>
          <dd>{z.vtOrganisatie?.naam ?? <strong>{v.geenOrganisatie}</strong>}</dd>
        </div>
        <div>
          <dt>{m.zaak.status}</dt>
          <dd>
            <VtStatusTekst status={z.vtStatus} />
            {z.zonderVtContact && <strong className="sl-block sl-zsm-onveilig">{v.geenContactBeslist}</strong>}
          </dd>
        </div>
        {z.status === 'lopend' && z.vtOrganisatie && (
          <div>
            <dt>{v.nuBereikbaar}</dt>
            <dd data-testid="vt-nu-zaak">
              <NuBereikbaarTekst nu={z.vtNuBereikbaar} />
            </dd>
          </div>
        )}
        {z.status === 'lopend' &&
          !z.vtOrganisatie &&
          (regio.data ?? []).map((r) => (
            <div key={r.organisatie.id}>
              <dt>
                {v.nuBereikbaar}: {r.organisatie.naam}
              </dt>
              <dd>
                <NuBereikbaarTekst nu={r.nuBereikbaar} />
              </dd>
            </div>
          ))}
      </dl>

      {rechten.politieOfOm && !z.vtOrganisatie && (
        <VtKeuzeForm zaak={zaak} options={andere} wijzigen={false} onChosen={gekozen} onConflict={conflict} />
      )}
      {rechten.politieOfOm && z.vtOrganisatie && regio.data && andere.length === 0 && <Paragraph>{v.geenAndere}</Paragraph>}
      {rechten.politieOfOm && z.vtOrganisatie && andere.length > 0 && !wijzigen && (
        <ButtonGroup>
          <Button
            id="vt-wijzigen-open"
            appearance="secondary-action-button"
            onClick={() => {
              setNotice(null);
              setWijzigen(true);
              focusSoon('vt-wijzigen-titel');
            }}
          >
            {v.wijzigenOpen}
          </Button>
        </ButtonGroup>
      )}
      {rechten.politieOfOm && z.vtOrganisatie && andere.length > 0 && wijzigen && (
        <VtKeuzeForm
          zaak={zaak}
          options={andere}
          wijzigen
          onChosen={gekozen}
          onConflict={conflict}
          onCancel={() => {
            setWijzigen(false);
            focusSoon('vt-wijzigen-open');
          }}
        />
      )}

      <Heading3>{v.contacten}</Heading3>
      {z.vtContacten.length === 0 ? (
        <Paragraph>
          <strong>{v.geenContact}</strong>
        </Paragraph>
      ) : (
        <DataTable
          caption={v.contactenCaption}
          className="sl-table--compact"
          columns={[v.kolommen.op, v.kolommen.na, v.kolommen.wijze, v.kolommen.bereikt, v.kolommen.organisatie, v.kolommen.door, v.kolommen.toelichting]}
        >
          {z.vtContacten.map((c) => (
            <TableRow key={c.id} data-testid="vt-contact">
              <TableHeaderCell scope="row">
                <time dateTime={c.op}>{tijd(c.op)}</time>
              </TableHeaderCell>
              <TableCell>{duur(c.minutenNaAanhouding)}</TableCell>
              <TableCell>{m.contactWijze[c.wijze]}</TableCell>
              <TableCell>{c.bereikt ? v.bereikt : <strong>{v.nietBereikt}</strong>}</TableCell>
              <TableCell>{c.vtOrganisatie?.naam ?? '–'}</TableCell>
              <TableCell>{m.algemeen.door(c.doorGebruiker?.naam, c.doorOrganisatie.naam)}</TableCell>
              <TableCell className="sl-zsm-text">{c.toelichting || '–'}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}

      {rechten.vtContact && <VtContactForm zaakId={z.id} isVt={isVt} onSaved={onChanged} />}
      {!rechten.vtContact && z.status === 'lopend' && !isVt && !z.vtOrganisatie && <Paragraph>{v.eerstKiezen}</Paragraph>}
    </section>
  );
}
