import type { Gebruiker, GebruikerAanmaken, GebruikerWijzigen, Inloggen, Sessie } from '@schemas/identity';
import { api, request } from '../api/client';

export interface TweedeFactorInrichting {
  geheim: string;
  otpauthUri: string;
  qrCode: string;
}

export interface TweedeFactorBevestigd {
  herstelcodes: string[];
  sessie: Sessie;
}

/** The identity endpoints of the API, typed by the shared schemas. */
export const identityApi = {
  /** The current session; `probe` (the first look on page load) treats 401 as "not logged in" rather than "expired". */
  currentSession: (probe = true) => api.get<Sessie>('/api/v1/sessies/huidig', { expectUnauthorized: probe }),
  logIn: (input: Inloggen) => api.post<Sessie>('/api/v1/sessies', input, { expectUnauthorized: true }),
  logOut: () => api.delete('/api/v1/sessies/huidig', { expectUnauthorized: true }),
  logOutEverywhere: () => api.delete('/api/v1/sessies', { expectUnauthorized: true }),
  chooseOrganisation: (organisatieId: string) => api.put<Sessie>('/api/v1/sessies/huidig/organisatie', { organisatieId }),
  startEnrolment: () => api.post<TweedeFactorInrichting>('/api/v1/sessies/huidig/tweede-factor', {}),
  confirmEnrolment: (code: string) =>
    api.post<TweedeFactorBevestigd>('/api/v1/sessies/huidig/tweede-factor/bevestiging', { code }),
  changePassword: (huidigWachtwoord: string, nieuwWachtwoord: string) =>
    api.put<void>('/api/v1/sessies/huidig/wachtwoord', { huidigWachtwoord, nieuwWachtwoord }),

  listUsers: (zoek?: string) =>
    api.get<{ gebruikers: Gebruiker[] }>(`/api/v1/gebruikers${zoek ? `?zoek=${encodeURIComponent(zoek)}` : ''}`),
  createUser: (input: GebruikerAanmaken) => api.post<Gebruiker>('/api/v1/gebruikers', input),
  /** A user with the version from the ETag (falls back to the body's versie). */
  readUser: async (id: string) => {
    const response = await request<Gebruiker>(`/api/v1/gebruikers/${encodeURIComponent(id)}`);
    const etag = response.headers.get('ETag');
    return { gebruiker: response.data, etag: etag ?? `"${response.data.versie}"` };
  },
  updateUser: async (id: string, etag: string, changes: GebruikerWijzigen) => {
    const response = await request<Gebruiker>(`/api/v1/gebruikers/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      body: changes,
      headers: { 'If-Match': etag },
    });
    const next = response.headers.get('ETag');
    return { gebruiker: response.data, etag: next ?? `"${response.data.versie}"` };
  },
  resetSecondFactor: (id: string) => api.post<Gebruiker>(`/api/v1/gebruikers/${encodeURIComponent(id)}/tweede-factor-reset`, {}),
};
