import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Heading2, Heading3, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ZsmAdvies, ZsmAdviesSoort } from '@schemas/zsm/beoordeling';
import { useAreaMessages } from '../i18n';
import { RadioGroup } from '../actieoverleg/RadioGroup';
import { focusSoon, useAction } from '../actieoverleg/vergaderingen/actions';
import { DataTable } from '../shell/DataTable';
import { StatusNotice, TextAreaField } from '../shell/fields';
import { fieldError, ProblemAlert } from '../shell/forms';
import { Loading } from '../shell/page';
import { useTijd } from './Klok';
import { zsmApi } from './zsm.api';
import { en, nl } from './messages';

const SOORTEN_RECLASSERING: readonly ZsmAdviesSoort[] = ['3ro-advies', 'hg-spreekuur'];

/** A reclassering organisation records 3RO advice or the HG consultation; the Raad records its involvement. */
function AdviesForm({ zaakId, partner, onSaved }: { zaakId: string; partner: 'reclassering' | 'raad-voor-de-kinderbescherming'; onSaved: () => void }) {
  const m = useAreaMessages({ nl, en });
  const a = m.advies;
  const raad = partner === 'raad-voor-de-kinderbescherming';
  const [soort, setSoort] = useState<ZsmAdviesSoort | null>(raad ? 'rvdk-betrokkenheid' : null);
  const [inhoud, setInhoud] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const { busy, error, run } = useAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const e: Record<string, string> = {};
    if (!soort) e.soort = a.soortNodig;
    if (!inhoud.trim()) e.inhoud = a.inhoudNodig;
    setErrors(e);
    if (Object.keys(e).length > 0) {
      focusSoon(e.soort ? 'advies-soort-3ro-advies' : 'advies-inhoud');
      return;
    }
    if (await run(() => zsmApi.adviseren(zaakId, { soort: soort!, inhoud: inhoud.trim() }))) {
      setInhoud('');
      if (!raad) setSoort(null);
      setNotice(a.vastgelegd);
      onSaved();
    }
  }

  return (
    <form onSubmit={submit} noValidate className="sl-form sl-zsm-form" aria-labelledby="advies-form-titel">
      <Heading3 id="advies-form-titel">{raad ? a.formTitleRaad : a.formTitleReclassering}</Heading3>
      <StatusNotice text={notice} />
      <ProblemAlert error={error} />
      {!raad && (
        <RadioGroup
          id="advies-soort"
          legend={a.soort}
          description={a.hgSpreekuurHint}
          value={soort}
          options={SOORTEN_RECLASSERING.map((s) => ({ value: s, label: m.adviesSoort[s] }))}
          error={fieldError('soort', errors, error)}
          onChange={(s) => setSoort(s as ZsmAdviesSoort)}
        />
      )}
      <TextAreaField
        id="advies-inhoud"
        label={raad ? a.inhoudRaad : a.inhoud}
        description={raad ? a.inhoudHintRaad : a.inhoudHint}
        value={inhoud}
        onChange={setInhoud}
        maxLength={4000}
        rows={4}
        required
        error={fieldError('inhoud', errors, error)}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          {raad ? a.opslaanRaad : a.opslaan}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** 3RO advice and RvdK involvement: the list for everyone, the form for those organisations. */
export function ZaakAdviezen({
  zaakId,
  adviezen,
  error,
  kinderen,
  partner,
  onChanged,
}: {
  zaakId: string;
  adviezen: ZsmAdvies[] | null;
  error: unknown;
  /** Children involved or a minor suspect: the Raad is expected. */
  kinderen: boolean;
  partner: 'reclassering' | 'raad-voor-de-kinderbescherming' | null;
  onChanged: () => void;
}) {
  const m = useAreaMessages({ nl, en });
  const a = m.advies;
  const tijd = useTijd();
  const raadBetrokken = adviezen?.some((x) => x.soort === 'rvdk-betrokkenheid') ?? false;
  return (
    <section aria-labelledby="adviezen" className="sl-zsm-sectie">
      <Heading2 id="adviezen" tabIndex={-1}>
        {a.title}
      </Heading2>
      <ProblemAlert error={error} />
      {adviezen === null && !error && <Loading />}
      {adviezen && adviezen.length === 0 && <Paragraph>{a.geen}</Paragraph>}
      {adviezen && kinderen && !raadBetrokken && (
        <Paragraph>
          <strong>{a.kinderenZonderRaad}</strong>
        </Paragraph>
      )}
      {adviezen && adviezen.length > 0 && (
        <DataTable caption={a.caption} className="sl-table--compact" columns={[a.kolommen.soort, a.kolommen.inhoud, a.kolommen.organisatie, a.kolommen.op]}>
          {adviezen.map((x) => (
            <TableRow key={x.id} data-testid="zsm-advies">
              <TableHeaderCell scope="row">{m.adviesSoort[x.soort]}</TableHeaderCell>
              <TableCell className="sl-zsm-text">{x.inhoud}</TableCell>
              <TableCell>{m.algemeen.door(x.door?.naam, x.organisatie.naam)}</TableCell>
              <TableCell>
                <time dateTime={x.op}>{tijd(x.op)}</time>
              </TableCell>
            </TableRow>
          ))}
        </DataTable>
      )}
      {partner && <AdviesForm zaakId={zaakId} partner={partner} onSaved={onChanged} />}
    </section>
  );
}
