import { useState, type FormEvent } from 'react';
import {
  Button,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  RadioButton,
} from '@utrecht/component-library-react';
import type { Sessie } from '@schemas/identity';
import { useI18n } from '../i18n';
import { ProblemAlert } from '../shell/forms';
import { PageTitle } from '../shell/page';
import { useSession } from './session';

/** A user who works for several organisations chooses on whose behalf he works now. */
export function ChooseOrganisationPage({ sessie }: { sessie: Sessie }) {
  const { t } = useI18n();
  const { switchOrganisation } = useSession();
  const [choice, setChoice] = useState<string>('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!choice) {
      setMissing(true);
      document.querySelector<HTMLInputElement>('input[name="organisatie"]')?.focus();
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      await switchOrganisation(choice);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <div className="sl-narrow">
      <PageTitle>{t.chooseOrganisation.title}</PageTitle>
      <Paragraph>{t.chooseOrganisation.intro}</Paragraph>
      <ProblemAlert error={error} />
      <form onSubmit={submit} noValidate className="sl-form">
        <Fieldset invalid={missing} aria-describedby={missing ? 'organisatie-error' : undefined}>
          <FieldsetLegend>{t.chooseOrganisation.legend}</FieldsetLegend>
          {missing && (
            <FormFieldErrorMessage id="organisatie-error">{t.chooseOrganisation.required}</FormFieldErrorMessage>
          )}
          {sessie.organisaties.map((o) => {
            const soort = t.soorten[o.soort];
            const rollen = `${t.chooseOrganisation.roles}: ${o.rollen.map((r) => t.roles[r]).join(', ')}`;
            return (
              <div key={o.id} className="sl-choice">
                <RadioButton
                  id={`organisatie-${o.id}`}
                  name="organisatie"
                  value={o.id}
                  checked={choice === o.id}
                  invalid={missing}
                  aria-describedby={`organisatie-${o.id}-rollen`}
                  onChange={() => setChoice(o.id)}
                />
                <div className="sl-choice__text">
                  <FormLabel htmlFor={`organisatie-${o.id}`} type="radio" checked={choice === o.id}>
                    {o.naam}
                  </FormLabel>
                  <FormFieldDescription id={`organisatie-${o.id}-rollen`}>
                    {o.naam.startsWith(soort) ? rollen : `${soort} · ${rollen}`}
                  </FormFieldDescription>
                </div>
              </div>
            );
          })}
        </Fieldset>
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {t.chooseOrganisation.submit}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
