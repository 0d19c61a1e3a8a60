// Cue phrases for how a source presents what it cites. Lower case; matched on word boundaries.
// Order of the stances in STANCE_CUES is the order of precedence when several cues appear:
// a denial or an allegation says more about the claim than the reporting channel does.

import type { Stance } from '../../types';

export const STANCE_CUES: { stance: Exclude<Stance, 'stated'>; cues: string[] }[] = [
  {
    stance: 'denied',
    cues: ['denied', 'denies', 'deny', 'denying', 'denial', 'denials', 'rejected claims', 'rejects claims',
      'dismissed claims', "didn't know", 'didn’t know', 'did not know', 'refuted'],
  },
  {
    stance: 'alleged',
    cues: ['alleged', 'allegedly', 'allegation', 'allegations', 'accused', 'accuses', 'claimed', 'claims',
      'suspected', 'purported', 'purportedly'],
  },
  {
    stance: 'confirmed',
    cues: ['confirmed', 'confirms', 'corroborated', 'acknowledged', 'acknowledges', 'verified'],
  },
  {
    stance: 'reported',
    cues: ['according to', 'citing', 'reported', 'reports', 'it was reported', 'said the report',
      'the report said', 'sources say', 'sources said', 'press reports', 'revealed'],
  },
];
