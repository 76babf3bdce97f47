import { useState, type FormEvent } from 'react';
import { Alert, Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Aanmelding, BesluitSoort } from '@schemas/actieoverleg';
import { useApiData } from '../api/useApiData';
import { useAreaMessages } from '../i18n';
import { SelectField, TextAreaField } from '../shell/fields';
import { fieldError, ProblemAlert } from '../shell/forms';
import { useRouter } from '../shell/router';
import { actieoverlegApi } from './actieoverleg.api';
import { RadioGroup } from './RadioGroup';
import { en, nl } from './messages';

const soorten: BesluitSoort[] = ['agenderen', 'afwijzen', 'direct-contact'];

/** The chair's pre-consult: table, decline, or direct contact with one partner — always with a reason. */
export function BesluitForm({ aanmelding }: { aanmelding: Aanmelding }) {
  const m = useAreaMessages({ nl, en });
  const b = m.besluitForm;
  const { navigate } = useRouter();
  const [besluit, setBesluit] = useState<BesluitSoort | null>(null);
  const [reden, setReden] = useState('');
  const [partner, setPartner] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const { data: organisaties } = useApiData(() => actieoverlegApi.organisations(aanmelding.regio.id), [aanmelding.regio.id]);
  const partners = (organisaties ?? []).filter((o) => o.actief && o.id !== aanmelding.aanmeldendeOrganisatie.id);

  async function decide(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!besluit) errors.besluit = b.besluitNodig;
    if (reden.trim().length < 10) errors.reden = b.redenTeKort;
    if (besluit === 'direct-contact' && !partner) errors.partnerOrganisatieId = b.partnerNodig;
    setClientErrors(errors);
    if (Object.keys(errors).length > 0 || !besluit) {
      setError(null);
      const first = Object.keys(errors)[0];
      document.getElementById(first === 'besluit' ? 'besluit-agenderen' : first === 'reden' ? 'besluit-reden' : 'besluit-partner')?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await actieoverlegApi.decide(aanmelding.id, {
        besluit,
        reden: reden.trim(),
        ...(besluit === 'direct-contact' ? { partnerOrganisatieId: partner } : {}),
      });
      navigate(`/actieoverleg?besloten=${encodeURIComponent(result.status)}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="besluit-kop" className="sl-ao-besluit">
      <Heading2 id="besluit-kop">{b.title}</Heading2>
      <Paragraph>{b.intro}</Paragraph>
      {aanmelding.herhaling && (
        <Alert type="warning">
          <Paragraph>{b.herhalingLet}</Paragraph>
        </Alert>
      )}
      <form onSubmit={decide} noValidate className="sl-form">
        <ProblemAlert error={error} />
        <RadioGroup
          id="besluit"
          legend={b.besluit}
          options={soorten.map((s) => ({ value: s, label: m.besluiten[s] }))}
          value={besluit}
          error={fieldError('besluit', clientErrors, error)}
          onChange={(v) => setBesluit(v as BesluitSoort)}
        />
        <TextAreaField
          id="besluit-reden"
          label={b.reden}
          description={b.redenHint}
          value={reden}
          rows={3}
          maxLength={2000}
          error={fieldError('reden', clientErrors, error)}
          onChange={setReden}
        />
        {besluit === 'direct-contact' && (
          <SelectField
            id="besluit-partner"
            label={b.partner}
            placeholder={b.partnerKiezen}
            options={partners.map((o) => ({ value: o.id, label: o.naam }))}
            value={partner}
            error={fieldError('partnerOrganisatieId', clientErrors, error)}
            onChange={setPartner}
          />
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {b.opslaan}
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}
