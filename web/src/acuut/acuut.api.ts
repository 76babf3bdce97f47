import type {
  AcuutContact,
  AcuutContactenLijst,
  AcuutContactInvoer,
  AcuutContactWijziging,
  BeoordelingInvoer,
  BereikbaarNu,
  Dienst,
  DienstenLijst,
  DienstInvoer,
} from '@schemas/acuut';
import type { InterventieLijst } from '@schemas/interventies';
import type { MeldingLijst } from '@schemas/meldingen';
import type { ScenarioLijst } from '@schemas/actieoverleg/scenarios';
import { api, request } from '../api/client';

const base = '/api/v1/acuut';
const contactPath = (id: string) => `${base}/contacten/${encodeURIComponent(id)}`;
const ifMatch = (versie: number) => ({ 'If-Match': `"${versie}"` });

export const acuutApi = {
  bereikbaarNu: () => api.get<BereikbaarNu>(`${base}/bereikbaar-nu`),
  contacten: () => api.get<AcuutContactenLijst>(`${base}/contacten`),
  contact: (id: string) => api.get<AcuutContact>(contactPath(id)),
  createContact: (invoer: AcuutContactInvoer) => api.post<AcuutContact>(`${base}/contacten`, invoer),
  /** Completes a sent contact (answered at, VT contact person, what was discussed); If-Match is the contact's versie. */
  updateContact: (id: string, wijziging: AcuutContactWijziging, versie: number) =>
    api.patch<AcuutContact>(contactPath(id), wijziging, { headers: ifMatch(versie) }),
  beoordeling: async (id: string, invoer: BeoordelingInvoer, versie: number | null) =>
    (
      await request<unknown>(`${contactPath(id)}/beoordeling`, {
        method: 'PUT',
        body: invoer,
        headers: versie === null ? {} : ifMatch(versie),
      })
    ).data,
  /** Links the VT-melding made afterwards (one the caller's organisation can see). */
  koppelOpvolgmelding: (id: string, meldingId: string) => api.post<AcuutContact>(`${contactPath(id)}/opvolgmelding`, { meldingId }),
  /** The own organisation's most recent meldingen, newest first. */
  recenteMeldingen: () => api.get<MeldingLijst>('/api/v1/meldingen?limit=25'),
  /** The active and withdrawn Actieoverleg scenarios of a casus (404 when the caller may not see it). */
  casusScenarios: (casusId: string) => api.get<ScenarioLijst>(`/api/v1/casussen/${encodeURIComponent(casusId)}/scenarios`),
  interventiesAcuut: () => api.get<InterventieLijst>('/api/v1/interventies?fase=acuut'),
  diensten: (organisatieId: string, vanaf: Date, tot: Date) => {
    const q = new URLSearchParams({ organisatieId, vanaf: vanaf.toISOString(), tot: tot.toISOString() });
    return api.get<DienstenLijst>(`${base}/diensten?${q.toString()}`);
  },
  createDienst: (invoer: DienstInvoer) => api.post<Dienst>(`${base}/diensten`, invoer),
  deleteDienst: (id: string) => api.delete(`${base}/diensten/${encodeURIComponent(id)}`),
};
