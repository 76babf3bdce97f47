import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Sessie } from '@schemas/identity';
import { ApiError, setCsrfToken, setSessionEndedHandler } from '../api/client';
import { identityApi } from './identity.api';

/** Why the login screen is shown: a message for the user, in the words of the dictionary. */
export type LoginNotice = 'sessionExpired' | 'loggedOut' | 'loggedOutEverywhere' | null;

interface SessionState {
  /** undefined while the first probe runs; null when nobody is logged in. */
  sessie: Sessie | null | undefined;
  notice: LoginNotice;
  probeError: ApiError | null;
  /** Take a session the server returned (login, enrolment, organisation choice). */
  accept: (sessie: Sessie) => void;
  /** The session is gone (401): back to the login screen with a message. */
  end: (notice: LoginNotice) => void;
  logOut: () => Promise<void>;
  logOutEverywhere: () => Promise<void>;
  switchOrganisation: (organisatieId: string) => Promise<Sessie>;
  retryProbe: () => void;
  /** Asks the server for the session again (after navigating): notices an expired session or changed roles. */
  refresh: () => void;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [sessie, setSessie] = useState<Sessie | null | undefined>(undefined);
  const [notice, setNotice] = useState<LoginNotice>(null);
  const [probeError, setProbeError] = useState<ApiError | null>(null);
  const [probe, setProbe] = useState(0);

  const accept = useCallback((next: Sessie) => {
    setCsrfToken(next.csrfToken);
    setNotice(null);
    setSessie(next);
  }, []);

  const end = useCallback((why: LoginNotice) => {
    setCsrfToken(null);
    setNotice(why);
    setSessie(null);
  }, []);

  useEffect(() => {
    setSessionEndedHandler(() => end('sessionExpired'));
    return () => setSessionEndedHandler(null);
  }, [end]);

  useEffect(() => {
    let cancelled = false;
    identityApi
      .currentSession()
      .then((s) => {
        if (!cancelled) accept(s);
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        if (error instanceof ApiError && error.status === 401) {
          setCsrfToken(null);
          setSessie(null);
        } else {
          setProbeError(error instanceof ApiError ? error : new ApiError({ status: 0, title: String(error) }));
        }
      });
    return () => {
      cancelled = true;
    };
  }, [accept, probe]);

  const logOut = useCallback(async () => {
    forgetLocalDrafts();
    try {
      await identityApi.logOut();
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    end('loggedOut');
  }, [end]);

  const logOutEverywhere = useCallback(async () => {
    forgetLocalDrafts();
    try {
      await identityApi.logOutEverywhere();
    } catch (error) {
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    end('loggedOutEverywhere');
  }, [end]);

  const switchOrganisation = useCallback(
    async (organisatieId: string) => {
      const next = await identityApi.chooseOrganisation(organisatieId);
      accept(next);
      return next;
    },
    [accept],
  );

  const retryProbe = useCallback(() => {
    setProbeError(null);
    setProbe((n) => n + 1);
  }, []);

  const refresh = useCallback(() => {
    identityApi
      .currentSession(false)
      .then(accept)
      .catch(() => undefined); // a 401 already took the user to the login screen; other errors show on the next action
  }, [accept]);

  const value = useMemo<SessionState>(
    () => ({ sessie, notice, probeError, accept, end, logOut, logOutEverywhere, switchOrganisation, retryProbe, refresh }),
    [sessie, notice, probeError, accept, end, logOut, logOutEverywhere, switchOrganisation, retryProbe, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The session of a logged-in, active user (inside the shell it is always there). */
/**
 * Logging out on purpose forgets drafts kept on this device (e.g. an unsent acute contact with an address): the
 * phone may be shared. A session that merely expires keeps them, so the officer loses nothing by logging in again.
 */
function forgetLocalDrafts(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith('samenloop.acuut.concept.')) localStorage.removeItem(key);
  } catch {
    // Storage unavailable: nothing kept either.
  }
}

export function useActiveSession(): Sessie {
  const { sessie } = useSession();
  if (!sessie) throw new Error('useActiveSession without a session');
  return sessie;
}
