import { useEffect, useState } from 'react';
import { Fieldset, FieldsetLegend, FormFieldErrorMessage, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Casus } from '@schemas/cases';
import type { AcuutContact } from '@schemas/acuut';
import type { ZsmZaak } from '@schemas/zsm/zaken';
import { useApiData } from '../../api/useApiData';
import { ActionDisclosure, SubmitRow, useActionDisclosure } from '../../cases/ActionDisclosure';
import { useI18n } from '../../i18n';
import { useActiveSession } from '../../identity/session';
import { fieldError, ProblemAlert } from '../../shell/forms';
import { SelectField } from '../../shell/fields';
import { RouterLink } from '../../shell/router';
import { thvApi } from './thv.api';
import { naamVan, ThvTermijnen, useThvMessages } from './ThvTermijnen';
import '../acuut.css';
import './thv.css';

/**
 * The casus page's section on the tijdelijk huisverbod: each THV with its status, the banned person and the running
 * deadlines (overdue in words), a link to its page; the police consider a new one here.
 */
export function CasusThv({ casus, tick, onChanged }: { casus: Casus; tick: number; onChanged: () => void }) {
  const m = useThvMessages();
  const { formatDateTime } = useI18n();
  const sessie = useActiveSession();
  const politie = sessie.organisatie?.soort === 'politie';
  const lijst = useApiData(() => thvApi.vanCasus(casus.id), [casus.id, tick]);

  return (
    <section id="thv" aria-labelledby="thv-kop" className="sl-casus-section" tabIndex={-1} data-testid="casus-thv">
      <Heading2 id="thv-kop">{m.sectieTitel}</Heading2>
      <ProblemAlert error={lijst.error} />
      {!lijst.data && !lijst.error && <Paragraph role="status">{m.laden}</Paragraph>}
      {lijst.data?.length === 0 && <Paragraph>{m.geen}</Paragraph>}
      {lijst.data && lijst.data.length > 0 && (
        <ul className="sl-thv-lijst">
          {lijst.data.map((thv) => {
            const naam = naamVan(casus.personen, thv.uithuisgeplaatstePersoonId, m.onbekendePersoon);
            return (
              <li key={thv.id} className="sl-thv-item" data-testid="thv-item">
                <Heading3>{naam}</Heading3>
                <dl className="sl-deflist">
                  <dt>{m.statusLabel}</dt>
                  <dd>
                    <strong>{m.status[thv.status] ?? thv.status}</strong>
                  </dd>
                  {thv.eindeOp && (
                    <>
                      <dt>{m.eindeOp}</dt>
                      <dd>
                        <time dateTime={thv.eindeOp}>{formatDateTime(thv.eindeOp)}</time>
                      </dd>
                    </>
                  )}
                </dl>
                <ThvTermijnen thv={thv} naam={naam} />
                <Paragraph>
                  <RouterLink href={`/acuut/thv/${thv.id}`}>{m.openen(naam)}</RouterLink>
                </Paragraph>
              </li>
            );
          })}
        </ul>
      )}
      {politie && casus.status === 'open' && (
        <ActionDisclosure id="thv-overwegen" label={m.overwegen} intro={<Paragraph>{m.overwegenIntro}</Paragraph>}>
          <OverwegenForm casus={casus} onChanged={onChanged} />
        </ActionDisclosure>
      )}
    </section>
  );
}

function OverwegenForm({ casus, onChanged }: { casus: Casus; onChanged: () => void }) {
  const m = useThvMessages();
  const { formatDateTime } = useI18n();
  const disclosure = useActionDisclosure();
  const [persoonId, setPersoonId] = useState('');
  const [vtGeraadpleegd, setVtGeraadpleegd] = useState<boolean | null>(null);
  const [contactId, setContactId] = useState('');
  const [zsmZaakId, setZsmZaakId] = useState('');
  const [contacten, setContacten] = useState<AcuutContact[]>([]);
  const [zaken, setZaken] = useState<ZsmZaak[]>([]);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [bezig, setBezig] = useState(false);

  useEffect(() => {
    // Optional links: a list that cannot be read just offers nothing to link.
    thvApi.contactenVanCasus(casus.id).then(setContacten, () => setContacten([]));
    thvApi.zsmZakenVanCasus(casus.id).then(setZaken, () => setZaken([]));
  }, [casus.id]);

  const verstuur = async () => {
    const fouten: Record<string, string> = {};
    if (!persoonId) fouten.uithuisgeplaatstePersoonId = m.persoonVerplicht;
    if (vtGeraadpleegd === null) fouten.vtGeraadpleegd = m.kiesJaNee;
    setClientErrors(fouten);
    if (Object.keys(fouten).length > 0 || vtGeraadpleegd === null) return;
    setBezig(true);
    setError(null);
    try {
      await thvApi.overwegen(casus.id, {
        uithuisgeplaatstePersoonId: persoonId,
        vtGeraadpleegd,
        ...(contactId ? { contactId } : {}),
        ...(zsmZaakId ? { zsmZaakId } : {}),
      });
      setPersoonId('');
      setVtGeraadpleegd(null);
      setContactId('');
      setZsmZaakId('');
      disclosure.done(m.overwogen);
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBezig(false);
    }
  };

  const vtError = fieldError('vtGeraadpleegd', clientErrors, error);
  return (
    <form
      className="sl-thv-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void verstuur();
      }}
    >
      <ProblemAlert error={error} />
      <SelectField
        id="uithuisgeplaatstePersoonId"
        label={m.kiesPersoon}
        value={persoonId}
        onChange={setPersoonId}
        placeholder={m.kies}
        required
        options={casus.personen.map((p) => ({ value: p.persoon.id, label: p.persoon.naam }))}
        error={fieldError('uithuisgeplaatstePersoonId', clientErrors, error)}
      />
      <Fieldset invalid={Boolean(vtError)} aria-describedby={vtError ? 'vtGeraadpleegd-error' : undefined}>
        <FieldsetLegend>{m.vtGeraadpleegd}</FieldsetLegend>
        {vtError && <FormFieldErrorMessage id="vtGeraadpleegd-error">{vtError}</FormFieldErrorMessage>}
        <div className="sl-acuut-keuzes">
          {([true, false] as const).map((v) => (
            <label key={String(v)} className="sl-acuut-keuze utrecht-form-label">
              <input type="radio" name="vtGeraadpleegd" checked={vtGeraadpleegd === v} onChange={() => setVtGeraadpleegd(v)} />
              {v ? m.ja : m.nee}
            </label>
          ))}
        </div>
      </Fieldset>
      {contacten.length > 0 && (
        <SelectField
          id="contactId"
          label={m.contact}
          value={contactId}
          onChange={setContactId}
          placeholder={m.geenKoppeling}
          options={contacten.map((c) => ({ value: c.id, label: m.contactOptie(formatDateTime(c.gebeldOp), c.adres) }))}
          error={fieldError('contactId', {}, error)}
        />
      )}
      {zaken.length > 0 && (
        <SelectField
          id="zsmZaakId"
          label={m.zsmZaak}
          value={zsmZaakId}
          onChange={setZsmZaakId}
          placeholder={m.geenKoppeling}
          options={zaken.map((z) => ({ value: z.id, label: m.zsmOptie(z.verdachte.naam, z.feit) }))}
          error={fieldError('zsmZaakId', {}, error)}
        />
      )}
      <SubmitRow busy={bezig}>{m.overwegenKnop}</SubmitRow>
    </form>
  );
}
