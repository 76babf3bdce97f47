import type { AanmeldingStatus, BesluitSoort } from './schemas';

/**
 * The life of a referral: concept → ingediend → (the chair's pre-consult) geagendeerd | afgewezen | direct-contact;
 * later geagendeerd → besproken with the meeting. Pure rules the use cases ask.
 */

/** While one of these runs for a casus, a second referral of that casus is refused (pointing at the running one). */
export const LOPENDE_STATUSSEN: readonly AanmeldingStatus[] = ['concept', 'ingediend', 'geagendeerd'];

export const isLopend = (status: AanmeldingStatus) => LOPENDE_STATUSSEN.includes(status);
/** Only a draft is edited; what the chair has seen stays as it was submitted. */
export const mayEdit = (status: AanmeldingStatus) => status === 'concept';
export const maySubmitStatus = (status: AanmeldingStatus) => status === 'concept';
/** The chair decides once, on a submitted referral. */
export const mayDecide = (status: AanmeldingStatus) => status === 'ingediend';

export const statusNaBesluit: Record<BesluitSoort, AanmeldingStatus> = {
  agenderen: 'geagendeerd',
  afwijzen: 'afgewezen',
  'direct-contact': 'direct-contact',
};
