import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import { rollen, type Rol } from '@schemas/identity';
import { useI18n } from '../../i18n';

/** The roles of a user in the administrator's organisation, as a group of check boxes. */
export function RolesFieldset({
  value,
  onChange,
  error,
  idPrefix = 'rol',
}: {
  value: Rol[];
  onChange: (rollen: Rol[]) => void;
  error?: string | undefined;
  idPrefix?: string;
}) {
  const { t } = useI18n();
  const hintId = `${idPrefix}-hint`;
  const errorId = `${idPrefix}-error`;
  return (
    <Fieldset invalid={Boolean(error)} aria-describedby={[error ? errorId : '', hintId].filter(Boolean).join(' ')}>
      <FieldsetLegend>{t.users.rollenLegend}</FieldsetLegend>
      <FormFieldDescription id={hintId}>{t.users.rollenHint}</FormFieldDescription>
      {error && <FormFieldErrorMessage id={errorId}>{error}</FormFieldErrorMessage>}
      {rollen.map((rol) => {
        const id = `${idPrefix}-${rol}`;
        const checked = value.includes(rol);
        return (
          <div key={rol} className="sl-choice">
            <Checkbox
              id={id}
              name="rollen"
              value={rol}
              checked={checked}
              invalid={Boolean(error)}
              onChange={(event) =>
                onChange(event.target.checked ? rollen.filter((r) => r === rol || value.includes(r)) : value.filter((r) => r !== rol))
              }
            />
            <FormLabel htmlFor={id} type="checkbox" checked={checked}>
              {t.roles[rol]}
            </FormLabel>
          </div>
        );
      })}
    </Fieldset>
  );
}
