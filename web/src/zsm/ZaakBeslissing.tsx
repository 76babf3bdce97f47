import { useState, type FormEvent } from 'react';
import { Alert, Button, ButtonGroup, Heading2, Heading3, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { beslissingSoorten, soortenZonderVoorwaarden, vrijlatingSoorten, type Beslissing, type BeslissingInvoer, type BeslissingSoort } from '@schemas/zsm/afdoening';
import { zsmVoorwaarden, type ZsmVoorwaarde } from '@schemas/zsm/beoordeling';
import type { ZsmZaakDetail } from '@schemas/zsm/zaken';
import { ApiError } from '../api/client';
import { useAreaMessages } from '../i18n';
import { RadioGroup } from '../actieoverleg/RadioGroup';
import { focusSoon, useAction } from '../actieoverleg/vergaderingen/actions';
import { DataTable } from '../shell/DataTable';
import { CheckboxGroup, TextAreaField } from '../shell/fields';
import { fieldError, ProblemAlert, TextField } from '../shell/forms';
import { Loading } from '../shell/page';
import { useNu, useTijd } from './Klok';
import { isoNaarLokaal, lokaalNaarIso } from './tijd';
import { zsmApi } from './zsm.api';
import { en, nl } from './messages';

const zonderVoorwaarden = (soort: BeslissingSoort | null) => soort !== null && (soortenZonderVoorwaarden as readonly BeslissingSoort[]).includes(soort);
const isVrijlating = (soort: BeslissingSoort | null) => soort !== null && (vrijlatingSoorten as readonly BeslissingSoort[]).includes(soort);

/** The decision as taken: the kind and conditions, whether it was in time and with the VT information, the flag, the feedback. */
export function BeslissingFeiten({ b }: { b: Beslissing }) {
  const m = useAreaMessages({ nl, en });
  const s = m.beslissing;
  const tijd = useTijd();
  return (
    <div data-testid="beslissing">
      {b.onveiligeVrijlating && (
        <div className="sl-zsm-markering" role="note">
          <Paragraph>
            <strong>
              <span aria-hidden="true">⚠ </span>
              {s.onveilig}
            </strong>
          </Paragraph>
          {b.onveiligeVrijlatingReden && (
            <Paragraph className="sl-zsm-text">
              {s.onveiligReden}: {b.onveiligeVrijlatingReden}
            </Paragraph>
          )}
        </div>
      )}
      <dl className="sl-deflist">
        <div>
          <dt>{s.soort}</dt>
          <dd>
            <strong>{m.beslissingSoort[b.soort]}</strong>
          </dd>
        </div>
        <div>
          <dt>{s.voorwaarden}</dt>
          <dd>
            {b.voorwaarden.length === 0 ? (
              s.geenVoorwaarden
            ) : (
              <ul className="sl-plain-list">
                {b.voorwaarden.map((v) => (
                  <li key={v}>{m.voorwaarde[v]}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        {b.toelichting && (
          <div>
            <dt>{s.toelichting}</dt>
            <dd className="sl-zsm-text">{b.toelichting}</dd>
          </div>
        )}
        <div>
          <dt>{s.beslistOp}</dt>
          <dd>
            <time dateTime={b.beslistOp}>{tijd(b.beslistOp)}</time>
          </dd>
        </div>
        <div>
          <dt>{s.beslistDoor}</dt>
          <dd>{m.algemeen.door(b.beslistDoor?.naam, b.beslistDoorOrganisatie.naam)}</dd>
        </div>
        <div>
          <dt>{s.binnenTermijn}</dt>
          <dd>{b.binnenTermijn ? s.binnenJa : <strong>{s.binnenNee}</strong>}</dd>
        </div>
        <div>
          <dt>{s.vtInformatie}</dt>
          <dd>{b.vtInformatieAanwezig ? m.algemeen.ja : <strong>{m.algemeen.nee}</strong>}</dd>
        </div>
        {b.zonderVtInformatieReden && (
          <div>
            <dt>{s.zonderVtReden}</dt>
            <dd className="sl-zsm-text">{b.zonderVtInformatieReden}</dd>
          </div>
        )}
      </dl>
      {b.zonderVtContact && (
        <Paragraph>
          <strong>{s.zonderVtContact}</strong>
        </Paragraph>
      )}
      <Heading3>{s.terugkoppeling}</Heading3>
      {b.terugkoppeling.length === 0 ? (
        <Paragraph>{s.terugkoppelingGeen}</Paragraph>
      ) : (
        <DataTable caption={s.terugkoppelingCaption} className="sl-table--compact" columns={[s.kolommen.organisatie, s.kolommen.gelezen]}>
          {b.terugkoppeling.map((t) => (
            <TableRow key={t.organisatie.id} data-testid="terugkoppeling">
              <TableHeaderCell scope="row">{t.organisatie.naam}</TableHeaderCell>
              <TableCell>{t.gelezen && t.gelezenOp ? s.gelezenOp(tijd(t.gelezenOp)) : t.gelezen ? m.algemeen.ja : s.nietGelezen}</TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
    </div>
  );
}

/**
 * The officier van justitie decides: the kind, conditions, a note, and — only when needed — why the decision cannot
 * wait for Veilig Thuis (no assessment yet) and the confirmation of a release without safety measures (Veilig Thuis
 * saw acute unsafety). The server's reason shows beside the field it names.
 */
function BeslissingForm({ zaak, geadviseerd, onSaved }: { zaak: ZsmZaakDetail; geadviseerd: readonly ZsmVoorwaarde[]; onSaved: () => void }) {
  const m = useAreaMessages({ nl, en });
  const s = m.beslissing;
  const [soort, setSoort] = useState<BeslissingSoort | null>(null);
  const [voorwaarden, setVoorwaarden] = useState<ZsmVoorwaarde[]>([]);
  const [toelichting, setToelichting] = useState('');
  const [zonderVt, setZonderVt] = useState('');
  const [onveilig, setOnveilig] = useState('');
  // The time of the decision follows the clock until the officier changes it; untouched, the server takes "now".
  const nu = useNu();
  const [beslistOp, setBeslistOp] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy, error, run } = useAction();

  const gekozenVoorwaarden = zonderVoorwaarden(soort) ? [] : voorwaarden;
  const serverNoemt = (veld: string) => error instanceof ApiError && Boolean(error.reasonFor(veld));
  const vtOntbreekt = (zaak.huiselijkGeweld && zaak.vtStatus !== 'beoordeling-binnen') || serverNoemt('zonderVtInformatieReden');
  // Asked for a release without conditions once Veilig Thuis saw acute unsafety (as this page knows it, or as the server said).
  const onveiligeVrijlating =
    isVrijlating(soort) && gekozenVoorwaarden.length === 0 && (zaak.acuutOnveilig === true || serverNoemt('onveiligeVrijlatingReden'));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const e: Record<string, string> = {};
    if (!soort) e.soort = s.soortNodig;
    const beslistOpIso = beslistOp?.trim() ? lokaalNaarIso(beslistOp) : null;
    if (beslistOp?.trim() && !beslistOpIso) e.beslistOp = s.beslistOpOngeldig;
    setErrors(e);
    if (e.soort || e.beslistOp) {
      focusSoon(e.soort ? `besl-soort-${beslissingSoorten[0]}` : 'besl-beslistOp');
      return;
    }
    const body: BeslissingInvoer = {
      soort: soort!,
      voorwaarden: gekozenVoorwaarden,
      toelichting: toelichting.trim(),
      ...(beslistOpIso ? { beslistOp: beslistOpIso } : {}),
      ...(vtOntbreekt && zonderVt.trim() ? { zonderVtInformatieReden: zonderVt.trim() } : {}),
      ...(onveiligeVrijlating && onveilig.trim() ? { onveiligeVrijlatingReden: onveilig.trim() } : {}),
    };
    let fout: unknown = null;
    const ok = await run(async () => {
      try {
        await zsmApi.beslissen(zaak.id, body);
      } catch (err) {
        fout = err;
        throw err;
      }
    });
    if (ok) {
      onSaved();
      return;
    }
    if (fout instanceof ApiError) {
      const veld = ['onveiligeVrijlatingReden', 'zonderVtInformatieReden', 'voorwaarden', 'toelichting', 'beslistOp', 'soort'].find((v) => fout instanceof ApiError && fout.reasonFor(v));
      if (veld) focusSoon(veld === 'voorwaarden' ? `besl-voorwaarden-${zsmVoorwaarden[0]}` : veld === 'soort' ? `besl-soort-${beslissingSoorten[0]}` : `besl-${veld}`);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="sl-form sl-zsm-form" aria-labelledby="besl-form-titel">
      <Heading3 id="besl-form-titel">{s.formTitle}</Heading3>
      <Paragraph>{s.formIntro}</Paragraph>
      <ProblemAlert error={error} />
      <RadioGroup
        id="besl-soort"
        legend={s.soortVraag}
        value={soort}
        options={beslissingSoorten.map((b) => ({ value: b, label: m.beslissingSoort[b] }))}
        error={fieldError('soort', errors, error)}
        onChange={(b) => setSoort(b as BeslissingSoort)}
      />
      {zonderVoorwaarden(soort) ? (
        <Paragraph>{s.geenVoorwaardenBijRc}</Paragraph>
      ) : (
        <CheckboxGroup
          id="besl-voorwaarden"
          legend={s.voorwaardenLegend}
          description={geadviseerd.length > 0 ? `${s.voorwaardenHint} ${s.voorwaardenGeadviseerd(geadviseerd.map((v) => m.voorwaarde[v].toLowerCase()).join(', '))}` : s.voorwaardenHint}
          options={zsmVoorwaarden.map((v) => ({ value: v, label: m.voorwaarde[v] }))}
          value={voorwaarden}
          error={fieldError('voorwaarden', errors, error)}
          onChange={(v) => setVoorwaarden(v as ZsmVoorwaarde[])}
        />
      )}
      <TextAreaField
        id="besl-toelichting"
        label={s.toelichting}
        description={s.toelichtingHint}
        value={toelichting}
        onChange={setToelichting}
        maxLength={4000}
        rows={3}
        error={fieldError('toelichting', errors, error)}
      />
      <TextField
        id="besl-beslistOp"
        type="datetime-local"
        label={s.beslistOpLabel}
        description={s.beslistOpHint}
        value={beslistOp ?? isoNaarLokaal(new Date(nu).toISOString())}
        onChange={setBeslistOp}
        error={fieldError('beslistOp', errors, error)}
      />
      {vtOntbreekt && (
        <div className="sl-zsm-markering" data-testid="zonder-vt">
          <Paragraph>
            <strong>{s.zonderVtTitle}</strong>
          </Paragraph>
          <Paragraph>{s.zonderVtIntro}</Paragraph>
          <TextAreaField
            id="besl-zonderVtInformatieReden"
            label={s.zonderVtLabel}
            value={zonderVt}
            onChange={setZonderVt}
            maxLength={2000}
            rows={3}
            error={fieldError('zonderVtInformatieReden', errors, error)}
          />
        </div>
      )}
      {onveiligeVrijlating && (
        <div className="sl-zsm-markering" data-testid="onveilige-vrijlating">
          <Paragraph>
            <strong>
              <span aria-hidden="true">⚠ </span>
              {s.onveiligTitle}
            </strong>
          </Paragraph>
          <Paragraph>{s.onveiligIntro}</Paragraph>
          <TextAreaField
            id="besl-onveiligeVrijlatingReden"
            label={s.onveiligLabel}
            value={onveilig}
            onChange={setOnveilig}
            maxLength={2000}
            rows={3}
            error={fieldError('onveiligeVrijlatingReden', errors, error)}
          />
        </div>
      )}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {s.opslaan}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** The decision: as taken with its feedback, or — while the case runs — the deadline, and the form for the officier. */
export function ZaakBeslissing({
  zaak,
  beslissing,
  geladen,
  error,
  geadviseerd,
  magBeslissen,
  onChanged,
}: {
  zaak: ZsmZaakDetail;
  beslissing: Beslissing | null;
  geladen: boolean;
  error: unknown;
  geadviseerd: readonly ZsmVoorwaarde[];
  magBeslissen: boolean;
  onChanged: () => void;
}) {
  const m = useAreaMessages({ nl, en });
  const tijd = useTijd();
  return (
    <section aria-labelledby="beslissing" className="sl-zsm-sectie">
      <Heading2 id="beslissing" tabIndex={-1}>
        {m.beslissing.title}
      </Heading2>
      <ProblemAlert error={error} />
      {!geladen && !error && <Loading />}
      {geladen && beslissing && <BeslissingFeiten b={beslissing} />}
      {geladen && !beslissing && (
        <>
          {zaak.status === 'lopend' && <Paragraph>{m.beslissing.nogNiet(tijd(zaak.beslissenUiterlijk))}</Paragraph>}
          {magBeslissen && <BeslissingForm zaak={zaak} geadviseerd={geadviseerd} onSaved={onChanged} />}
        </>
      )}
      {geladen && !beslissing && zaak.status === 'beslist' && (
        <Alert type="info">
          <Paragraph>{m.klok.beslist}</Paragraph>
        </Alert>
      )}
    </section>
  );
}
