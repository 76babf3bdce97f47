import type {
  Aanmelding,
  AanmeldingFormulier,
  AanmeldingLijstItem,
  AanmeldingStatus,
  AanmeldingInvoer,
  BesluitInvoer,
  Overzicht,
} from '@schemas/actieoverleg';
import type { Organisatie } from '@schemas/organisations';
import { api, request } from '../api/client';

const aanmeldingPath = (id: string) => `/api/v1/aanmeldingen/${encodeURIComponent(id)}`;

/** The ETag of an answer; the version number is the fallback when a proxy drops the header. */
function tagOf(response: { headers: Headers; data: Aanmelding }): string {
  return response.headers.get('ETag') ?? `"${response.data.versie}"`;
}

export type NieuweCasus = NonNullable<AanmeldingInvoer['nieuweCasus']>;

export interface Versioned {
  aanmelding: Aanmelding;
  etag: string;
}

export const actieoverlegApi = {
  list: (status?: AanmeldingStatus) =>
    api.get<{ aanmeldingen: AanmeldingLijstItem[] }>(`/api/v1/aanmeldingen${status ? `?status=${status}` : ''}`).then((r) => r.aanmeldingen),
  overview: () => api.get<Overzicht>('/api/v1/actieoverleg/overzicht'),
  read: async (id: string): Promise<Versioned> => {
    const response = await request<Aanmelding>(aanmeldingPath(id));
    return { aanmelding: response.data, etag: tagOf(response) };
  },
  /** Saves a new draft from a casus: always kept when well-formed; the answer holds the criteria result. */
  create: async (casusId: string, formulier: AanmeldingFormulier): Promise<Versioned> => {
    const response = await request<Aanmelding>('/api/v1/aanmeldingen', { method: 'POST', body: { casusId, ...formulier } });
    return { aanmelding: response.data, etag: tagOf(response) };
  },
  /** Saves a new draft together with its casus (opened in the same transaction): persons with roles, doel, grondslag. */
  createWithCasus: async (nieuweCasus: NieuweCasus, formulier: AanmeldingFormulier): Promise<Versioned> => {
    const response = await request<Aanmelding>('/api/v1/aanmeldingen', { method: 'POST', body: { nieuweCasus, ...formulier } });
    return { aanmelding: response.data, etag: tagOf(response) };
  },
  update: async (id: string, etag: string, formulier: AanmeldingFormulier): Promise<Versioned> => {
    const response = await request<Aanmelding>(aanmeldingPath(id), { method: 'PATCH', body: formulier, headers: { 'If-Match': etag } });
    return { aanmelding: response.data, etag: tagOf(response) };
  },
  submit: async (id: string): Promise<Versioned> => {
    const response = await request<Aanmelding>(`${aanmeldingPath(id)}/indiening`, { method: 'POST', body: {} });
    return { aanmelding: response.data, etag: tagOf(response) };
  },
  decide: (id: string, besluit: BesluitInvoer) => api.post<Aanmelding>(`${aanmeldingPath(id)}/besluit`, besluit),
  /** The partner directory of a region (no personal data), for the direct-contact choice. */
  organisations: (regioId: string) =>
    api.get<{ organisaties: Organisatie[] }>(`/api/v1/organisaties?regioId=${encodeURIComponent(regioId)}`).then((r) => r.organisaties),
};
