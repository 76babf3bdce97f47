/** How server-written Dutch text (timeline lines, merge reasons) names the channel of a melding. */
export const meldingBronLabels: Record<string, string> = {
  '112-meldkamer': '112 (meldkamer)',
  aangifte: 'aangifte',
  'zorgmelding-politie': 'Zorgmelding politie (CORV)',
  'vt-melding-professional': 'melding door een professional',
  'vt-melding-burger': 'melding door een burger',
  zsm: 'ZSM',
};
