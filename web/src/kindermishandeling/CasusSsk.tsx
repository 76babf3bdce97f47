import { useState } from 'react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { Casus } from '@schemas/cases';
import { useApiData } from '../api/useApiData';
import { ActionDisclosure, SubmitRow, useActionDisclosure } from '../cases/ActionDisclosure';
import { useI18n } from '../i18n';
import { useActiveSession } from '../identity/session';
import { fieldError, ProblemAlert } from '../shell/forms';
import { TextAreaField } from '../shell/fields';
import { RouterLink, useRouter } from '../shell/router';
import { sskApi } from './kindermishandeling.api';
import { FormProblem, heeftCasuswerk, isSskPartner, useSskMessages, useVerzenden } from './shared';

/** The title of the casus page's section (for its table of contents). */
export function useSskSectieTitel(): string {
  return useSskMessages().sectieTitel;
}

/** The casus page's section "Strafbare kindermishandeling": the casus's tracks with a link, or opening one. */
export function CasusSsk({ casus, tick, onChanged }: { casus: Casus; tick: number; onChanged: () => void }) {
  const m = useSskMessages();
  const { formatDateTime } = useI18n();
  const sessie = useActiveSession();
  const lijst = useApiData(() => sskApi.vanCasus(casus.id), [casus.id, tick]);
  const lopend = lijst.data?.some((t) => t.status !== 'afgesloten') ?? true;
  const magOpenen = heeftCasuswerk(sessie) && isSskPartner(sessie) && casus.status === 'open' && !lopend;
  return (
    <section id="ssk" aria-labelledby="ssk-kop" className="sl-casus-section" tabIndex={-1} data-testid="casus-ssk">
      <Heading2 id="ssk-kop">{m.sectieTitel}</Heading2>
      <ProblemAlert error={lijst.error} />
      {!lijst.data && !lijst.error && <Paragraph role="status">{m.laden}</Paragraph>}
      {lijst.data?.length === 0 && <Paragraph>{m.sectieGeen}</Paragraph>}
      {lijst.data && lijst.data.length > 0 && (
        <ul className="sl-plain-list">
          {lijst.data.map((t) => (
            <li key={t.id} data-testid="casus-ssk-traject">
              <span className="sl-ssk-link">
                <RouterLink href={`/kindermishandeling/trajecten/${t.id}`}>{m.sectieLink(m.status[t.status])}</RouterLink>
              </span>{' '}
              <span className="sl-muted">
                {m.geopendOp.toLowerCase()} <time dateTime={t.geopendOp}>{formatDateTime(t.geopendOp)}</time>
                {t.anoniemGestart && `, ${m.anoniem.toLowerCase()}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      {magOpenen && (
        <ActionDisclosure id="ssk-openen" label={m.sectieOpenen} intro={m.sectieOpenenIntro}>
          <OpenenForm casus={casus} onChanged={onChanged} />
        </ActionDisclosure>
      )}
    </section>
  );
}

function OpenenForm({ casus, onChanged }: { casus: Casus; onChanged: () => void }) {
  const m = useSskMessages();
  const disclosure = useActionDisclosure();
  const { navigate } = useRouter();
  const [consultatie, setConsultatie] = useState('');
  const { error, bezig, verzend } = useVerzenden();
  const verstuur = async () => {
    await verzend(async () => {
      const traject = await sskApi.openOpCasus(casus.id, consultatie.trim());
      disclosure.done(m.sectieGeopend);
      onChanged();
      navigate(`/kindermishandeling/trajecten/${traject.id}`);
    });
  };
  return (
    <form className="sl-ssk-form" noValidate onSubmit={(e) => (e.preventDefault(), void verstuur())}>
      <FormProblem error={error} />
      <TextAreaField id="ssk-consultatie" label={m.sectieConsultatie} description={m.consultatieHint} value={consultatie} onChange={setConsultatie} rows={3} maxLength={4000} error={fieldError('consultatie', {}, error)} />
      <SubmitRow busy={bezig}>{m.sectieOpenenKnop}</SubmitRow>
    </form>
  );
}
