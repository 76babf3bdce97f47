import type { OrganisatieSoort } from '../organisations/schemas';
import { categorieenPerOrganisatieSoort, type InformatieCategorie } from './schemas';

/** Whether an organisation of this kind shares information under this category (seed 004). */
export function categoryAllowed(soort: OrganisatieSoort, categorie: InformatieCategorie): boolean {
  return categorieenPerOrganisatieSoort[soort].includes(categorie);
}
