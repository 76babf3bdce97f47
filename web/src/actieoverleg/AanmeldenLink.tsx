import { useAreaMessages } from '../i18n';
import { RouterButtonLink } from '../shell/router';
import { en, nl } from './messages';

/** "Aanmelden bij het Actieoverleg" on a casus: opens the referral form for that casus. */
export function AanmeldenLink({ casusId, appearance = 'secondary-action-button' }: { casusId: string; appearance?: 'primary-action-button' | 'secondary-action-button' }) {
  const m = useAreaMessages({ nl, en });
  return (
    <RouterButtonLink appearance={appearance} href={`/actieoverleg/aanmeldingen/nieuw?casus=${encodeURIComponent(casusId)}`}>
      {m.casusKnop}
    </RouterButtonLink>
  );
}
