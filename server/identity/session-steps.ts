import type { SessionStatus } from './sessions.storage';

/**
 * The steps a new session must take before it may do anything else, in this order: replace a temporary
 * password, enrol the second factor, choose the organisation to act for. One rule for login and for every
 * step that completes.
 */
export interface StepFacts {
  mustChangePassword: boolean;
  secondFactorMissing: boolean;
  organisationChosen: boolean;
}

export function nextSessionStatus(facts: StepFacts): SessionStatus {
  if (facts.mustChangePassword) return 'wachtwoord-wijzigen';
  if (facts.secondFactorMissing) return 'tweede-factor-inrichten';
  if (!facts.organisationChosen) return 'organisatie-kiezen';
  return 'actief';
}

/** What a session still has to do before it may act, as told to the user. */
export const stepText = {
  'wachtwoord-wijzigen': 'Vervang eerst het tijdelijke wachtwoord dat u van uw beheerder kreeg.',
  'tweede-factor-inrichten': 'Richt eerst uw tweede factor (authenticator-app) in.',
  'organisatie-kiezen': 'Kies eerst voor welke organisatie u werkt.',
} as const;
