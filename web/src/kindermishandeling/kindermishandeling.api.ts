import type {
  Bevestigen,
  Consultatie,
  Contactpersoon,
  ContactpersoonInvoer,
  ContactpersoonWijziging,
  KeuzeInvoer,
  MedischeUitkomst,
  MedischVerzoek,
  MedischVerzoekInvoer,
  Omzetten,
  Onderzoeksplan,
  Onderzoeksstap,
  StapInvoer,
  StapWijziging,
  Traject,
  Triage,
} from '@schemas/kindermishandeling';
import type { Organisatie } from '@schemas/organisations';
import type { z } from 'zod';
import type { trajectSamenvattingSchema } from '@schemas/kindermishandeling';
import { api } from '../api/client';

export type TrajectSamenvatting = z.infer<typeof trajectSamenvattingSchema>;

const enc = encodeURIComponent;
const trajectPath = (id: string) => `/api/v1/ssk/${enc(id)}`;
const ifMatch = (versie: number) => ({ 'If-Match': `"${versie}"` });

/** The calls of Samenwerken bij strafbare kindermishandeling (server/kindermishandeling/*.routes.ts). */
export const sskApi = {
  trajecten: () => api.get<{ items: TrajectSamenvatting[] }>('/api/v1/ssk').then((l) => l.items),
  vanCasus: (casusId: string) => api.get<{ items: TrajectSamenvatting[] }>(`/api/v1/casussen/${enc(casusId)}/ssk`).then((l) => l.items),
  openOpCasus: (casusId: string, consultatie: string) => api.post<Traject>(`/api/v1/casussen/${enc(casusId)}/ssk`, { consultatie }),
  consultatie: (invoer: Consultatie) => api.post<Traject>('/api/v1/ssk', invoer),
  lees: (id: string) => api.get<Traject>(trajectPath(id)),
  triage: (id: string, versie: number, invoer: Triage) => api.put<Traject>(`${trajectPath(id)}/triage`, invoer, { headers: ifMatch(versie) }),
  omzetten: (id: string, versie: number, invoer: Omzetten) => api.post<Traject>(`${trajectPath(id)}/omzetten`, invoer, { headers: ifMatch(versie) }),
  keuze: (id: string, versie: number, invoer: KeuzeInvoer) => api.put<Traject>(`${trajectPath(id)}/keuze`, invoer, { headers: ifMatch(versie) }),
  afsluiten: (id: string, versie: number) => api.post<Traject>(`${trajectPath(id)}/afsluiten`, {}, { headers: ifMatch(versie) }),

  plan: (id: string) => api.get<Onderzoeksplan>(`${trajectPath(id)}/onderzoeksplan`),
  stapToevoegen: (id: string, invoer: StapInvoer) => api.post<Onderzoeksstap>(`${trajectPath(id)}/stappen`, invoer),
  stapWijzigen: (id: string, stapId: string, versie: number, wijziging: StapWijziging) =>
    api.patch<Onderzoeksstap>(`${trajectPath(id)}/stappen/${enc(stapId)}`, wijziging, { headers: ifMatch(versie) }),
  bevestigen: (id: string, invoer: Bevestigen) => api.post<Onderzoeksplan>(`${trajectPath(id)}/onderzoeksplan/bevestigen`, invoer),

  verzoekenVanTraject: (id: string) => api.get<{ items: MedischVerzoek[] }>(`${trajectPath(id)}/medische-verzoeken`).then((l) => l.items),
  verzoekAanvragen: (id: string, invoer: MedischVerzoekInvoer) => api.post<MedischVerzoek>(`${trajectPath(id)}/medische-verzoeken`, invoer),
  verzoekenAanMij: () => api.get<{ items: MedischVerzoek[] }>('/api/v1/medische-verzoeken').then((l) => l.items),
  verzoek: (id: string) => api.get<MedischVerzoek>(`/api/v1/medische-verzoeken/${enc(id)}`),
  uitkomst: (id: string, versie: number, invoer: MedischeUitkomst) =>
    api.put<MedischVerzoek>(`/api/v1/medische-verzoeken/${enc(id)}/uitkomst`, invoer, { headers: ifMatch(versie) }),

  contactpersonen: (organisatieId?: string) =>
    api
      .get<{ items: Contactpersoon[] }>(`/api/v1/kindermishandeling/contactpersonen${organisatieId ? `?organisatieId=${enc(organisatieId)}` : ''}`)
      .then((l) => l.items),
  contactpersoonToevoegen: (invoer: ContactpersoonInvoer) => api.post<Contactpersoon>('/api/v1/kindermishandeling/contactpersonen', invoer),
  contactpersoonWijzigen: (id: string, versie: number, wijziging: ContactpersoonWijziging) =>
    api.patch<Contactpersoon>(`/api/v1/kindermishandeling/contactpersonen/${enc(id)}`, wijziging, { headers: ifMatch(versie) }),
  contactpersoonUitzetten: (id: string) => api.delete(`/api/v1/kindermishandeling/contactpersonen/${enc(id)}`),

  /** The partner organisations of a region (the directory is public to signed-in users). */
  organisatiesVanRegioVan: async (organisatieId: string) => {
    const eigen = await api.get<Organisatie>(`/api/v1/organisaties/${enc(organisatieId)}`);
    const lijst = await api.get<{ organisaties: Organisatie[] }>(`/api/v1/organisaties?regioId=${enc(eigen.regio.id)}`);
    return lijst.organisaties.filter((o) => o.actief);
  },
  organisatiesVanRegio: (regioId: string) =>
    api.get<{ organisaties: Organisatie[] }>(`/api/v1/organisaties?regioId=${enc(regioId)}`).then((l) => l.organisaties.filter((o) => o.actief)),
  nieuwePersoon: (invoer: { voornamen?: string; achternaam: string; geboortedatum?: string }) => api.post<{ id: string; naam: string }>('/api/v1/personen', invoer),
};
