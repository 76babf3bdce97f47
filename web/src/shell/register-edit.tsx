import type { ReactNode, Ref } from 'react';
import { Alert, Checkbox, DataList, DataListItem, DataListKey, DataListValue, FormFieldDescription, FormLabel, Heading2, Paragraph } from '@utrecht/component-library-react';

/**
 * The shared parts of editing an entry of a national register kept by functional administrators (grondslagen,
 * interventies): what someone else saved meanwhile, and the switch that takes an entry out of use without deleting it.
 */

/** After a version conflict: the warning and the stored version beside the form, which keeps what was typed. */
export function StoredVersion({ panelRef, warning, heading, rows }: { panelRef: Ref<HTMLDivElement>; warning: string; heading: string; rows: readonly [string, ReactNode][] }) {
  return (
    <div ref={panelRef} tabIndex={-1} className="sl-stored-version">
      <Alert type="warning">
        <Paragraph>{warning}</Paragraph>
      </Alert>
      <Heading2>{heading}</Heading2>
      <DataList className="sl-datalist">
        {rows.map(([key, value]) => (
          <DataListItem key={key}>
            <DataListKey>{key}</DataListKey>
            <DataListValue>{value}</DataListValue>
          </DataListItem>
        ))}
      </DataList>
    </div>
  );
}

/** In use or switched off; the hint says what switching off means. */
export function ActiefField({ checked, onChange, label, hint }: { checked: boolean; onChange: (checked: boolean) => void; label: string; hint: string }) {
  return (
    <div className="sl-field">
      <div className="sl-choice">
        <Checkbox id="actief" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby="actief-hint" />
        <FormLabel htmlFor="actief" type="checkbox" checked={checked}>
          {label}
        </FormLabel>
      </div>
      <FormFieldDescription id="actief-hint">{hint}</FormFieldDescription>
    </div>
  );
}
