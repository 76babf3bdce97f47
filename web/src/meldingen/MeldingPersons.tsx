import type { ReactNode } from 'react';
import { Button, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { meldingRollen, type MeldingRol } from '@schemas/meldingen';
import { useAreaMessages, useI18n } from '../i18n';
import { formatDate } from '../persons/format';
import type { PersoonRef } from '../persons/PersonSearch';
import { en, nl } from './messages';

/** A person chosen for a melding, with their role in it. */
export interface GekozenPersoon {
  persoon: PersoonRef;
  rol: MeldingRol;
}

export function RoleSelect({
  id,
  label,
  value,
  onChange,
  className,
}: {
  id: string;
  label: ReactNode;
  value: MeldingRol;
  onChange: (rol: MeldingRol) => void;
  className?: string;
}) {
  const m = useAreaMessages({ nl, en });
  return (
    <div className={className ?? 'utrecht-form-field'}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <Select id={id} value={value} onChange={(e) => onChange(e.target.value as MeldingRol)}>
        {meldingRollen.map((r) => (
          <SelectOption key={r} value={r}>
            {m.rolTitel[r]}
          </SelectOption>
        ))}
      </Select>
    </div>
  );
}

/** The chosen persons with their roles: the role can be changed and a person removed. */
export function ChosenPersons({
  gekozen,
  onChange,
  idPrefix,
}: {
  gekozen: GekozenPersoon[];
  onChange: (list: GekozenPersoon[]) => void;
  idPrefix: string;
}) {
  const m = useAreaMessages({ nl, en });
  const { lang } = useI18n();
  if (gekozen.length === 0) return <Paragraph>{m.nieuw.geenGekozen}</Paragraph>;
  return (
    <ul className="sl-melding-persons">
      {gekozen.map((g, i) => (
        <li key={`${g.persoon.id}-${g.rol}`} className="sl-melding-persons__item">
          <span className="sl-melding-persons__name">
            <strong>{g.persoon.naam}</strong>
            {g.persoon.geboortedatum && <span className="sl-muted"> ({formatDate(g.persoon.geboortedatum, lang)})</span>}
          </span>
          <RoleSelect
            id={`${idPrefix}-rol-${i}`}
            label={m.nieuw.rolVan(g.persoon.naam)}
            value={g.rol}
            className="sl-melding-add__role"
            onChange={(rol) => onChange(gekozen.map((x, j) => (j === i ? { ...x, rol } : x)).filter((x, j, all) => all.findIndex((y) => y.persoon.id === x.persoon.id && y.rol === x.rol) === j))}
          />
          <Button appearance="subtle-button" onClick={() => onChange(gekozen.filter((_, j) => j !== i))}>
            {m.nieuw.verwijderen}
            <span className="sl-visually-hidden">: {g.persoon.naam}</span>
          </Button>
        </li>
      ))}
    </ul>
  );
}
