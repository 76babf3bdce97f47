import { createContext, useContext, useState, type ReactNode } from 'react';
import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { useAreaMessages } from '../i18n';
import { StatusNotice } from '../shell/fields';
import { en, nl } from './messages';

interface DisclosureApi {
  /** The form succeeded: close it, say so in the status line beside the button, and put focus back on the button. */
  done: (message: string) => void;
  /** Close without doing anything (nothing typed is lost: the form stays mounted, only hidden). */
  cancel: () => void;
}

const DisclosureContext = createContext<DisclosureApi | null>(null);

/** For a form inside an ActionDisclosure: how to report success or give up. Outside one: does nothing. */
export function useActionDisclosure(): DisclosureApi {
  return useContext(DisclosureContext) ?? { done: () => {}, cancel: () => {} };
}

/** "Annuleren" beside a form's submit button: closes the disclosure and returns focus to its button. */
export function CancelButton({ label }: { label?: string }) {
  const m = useAreaMessages({ nl, en });
  const context = useContext(DisclosureContext);
  if (!context) return null;
  return (
    <Button appearance="subtle-button" onClick={context.cancel}>
      {label ?? m.disclosure.cancel}
    </Button>
  );
}

/** The end of a form inside an ActionDisclosure: the submit button (named by what it does) and "Annuleren". */
export function SubmitRow({ busy, disabled = false, children }: { busy: boolean; disabled?: boolean; children: ReactNode }) {
  return (
    <ButtonGroup>
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy || disabled}>
        {children}
      </Button>
      <CancelButton />
    </ButtonGroup>
  );
}

/**
 * An action of the casus page behind a button, closed by default (the record is what the page is for).
 * The button has aria-expanded and aria-controls; the panel holds an optional introduction and the form.
 * The form stays mounted while closed, so what was typed survives closing and opening again. After a success
 * (useActionDisclosure().done) the panel closes, focus returns to the button and the status line says what
 * happened. A server error does not call done, so the form stays open with its errors beside the fields.
 */
export function ActionDisclosure({
  id,
  label,
  intro,
  children,
}: {
  /** Base of the ids: `${id}-knop` for the button, `${id}-paneel` for the panel. */
  id: string;
  /** What the button does, e.g. "Organisatie toevoegen". */
  label: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const buttonId = `${id}-knop`;
  const panelId = `${id}-paneel`;

  const close = () => {
    setOpen(false);
    document.getElementById(buttonId)?.focus();
  };
  const api: DisclosureApi = {
    done: (message) => {
      setNotice(message);
      close();
    },
    cancel: close,
  };

  return (
    <div className={open ? 'sl-disclosure sl-disclosure--open' : 'sl-disclosure'}>
      <Button
        id={buttonId}
        appearance="secondary-action-button"
        aria-expanded={open}
        aria-controls={panelId}
        className="sl-disclosure__button"
        onClick={() => {
          setNotice(null);
          setOpen(!open);
        }}
      >
        <span className="sl-disclosure__marker" aria-hidden="true">
          {open ? '−' : '+'}
        </span>
        {label}
      </Button>
      <StatusNotice text={notice} />
      <div id={panelId} className="sl-disclosure__panel" hidden={!open}>
        {intro && <Paragraph>{intro}</Paragraph>}
        <DisclosureContext.Provider value={api}>{children}</DisclosureContext.Provider>
      </div>
    </div>
  );
}

/** A row of disclosures (the actions of the header or of a section); an open one takes the full width. */
export function ActionRow({ children }: { children: ReactNode }) {
  return <div className="sl-disclosure-row">{children}</div>;
}
