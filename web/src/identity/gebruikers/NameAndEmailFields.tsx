import { useI18n } from '../../i18n';
import { fieldError, TextField } from '../../shell/forms';

/** The person's name and optional e-mail address, as both the create and the edit form ask for them. */
export function NameAndEmailFields(props: {
  naam: string;
  onNaam: (value: string) => void;
  eMail: string;
  onEMail: (value: string) => void;
  clientErrors: Record<string, string>;
  error: unknown;
}) {
  const { t } = useI18n();
  return (
    <>
      <TextField
        id="naam"
        label={t.users.naam}
        value={props.naam}
        onChange={props.onNaam}
        autoComplete="off"
        required
        error={fieldError('naam', props.clientErrors, props.error)}
      />
      <TextField
        id="eMail"
        type="email"
        label={
          <>
            {t.users.eMail} <span className="sl-muted">{t.common.optional}</span>
          </>
        }
        value={props.eMail}
        onChange={props.onEMail}
        autoComplete="off"
        error={fieldError('eMail', props.clientErrors, props.error)}
      />
    </>
  );
}
