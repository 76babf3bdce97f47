import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { useActiveSession } from '../identity/session';
import { useAreaMessages } from '../i18n';
import { ProblemAlert } from '../shell/forms';
import { Loading, PageTitle } from '../shell/page';
import { RouterLink } from '../shell/router';
import { nl, en } from './messages';
import './netwerk.css';

export const useNetwerkMessages = () => useAreaMessages({ nl, en });

/** The current year in Europe/Amsterdam. */
export const ditJaar = () => Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(new Date()));

/** Loads once (and again on reload()); error and value for the page. */
export function useLoad<T>(load: () => Promise<T>, deps: readonly unknown[]) {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(load, deps);
  const reload = useCallback(() => {
    setError(null);
    return run().then(setValue, setError);
  }, [run]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { value, error, reload, setValue };
}

export function TerugNaarNetwerk() {
  const m = useNetwerkMessages();
  return (
    <Paragraph>
      <RouterLink href="/netwerk">{m.terug}</RouterLink>
    </Paragraph>
  );
}

/** The privacy warning beside every free-text field of the network. */
export function PrivacyHint() {
  const m = useNetwerkMessages();
  return <strong>{m.privacy}</strong>;
}

/**
 * A page of the network's work: only for members (role rnzs-lid); everyone else reads why and how to become one.
 */
export function NetwerkWerkPage({ title, error, loading, children }: { title: string; error?: unknown; loading?: boolean; children: ReactNode }) {
  const m = useNetwerkMessages();
  const sessie = useActiveSession();
  if (!sessie.rollen.includes('rnzs-lid')) {
    return (
      <>
        <PageTitle>{title}</PageTitle>
        <Alert type="info">
          <Paragraph>{m.geenToegang}</Paragraph>
        </Alert>
        <TerugNaarNetwerk />
      </>
    );
  }
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <ProblemAlert error={error} />
      {loading ? <Loading /> : children}
    </>
  );
}
