// Page furniture: lines a site wraps around an article that say nothing about the world.
// Matched case-insensitively at the start of a line.

/** Newsletter and navigation prompts. */
export const FURNITURE_OPENINGS = [
  'stay updated',
  'subscribe to',
  'sign up for',
  'sign up to',
  'follow us',
  'read more',
  'click here',
  'related:',
  'related articles',
  'recommended',
  'advertisement',
  'share this',
  'media contact',
  'press contact',
  'media inquiries',
  'investor contact',
  'forward-looking statements',
  'for more information',
  '###',
];

/** A press release's boilerplate about the issuer ("About Acme Corp: Founded in 2009, …"): the word, then a name and a colon. */
export const BOILERPLATE_HEADING = 'About';

/** A line naming a list of contents that follows it. */
export const CONTENTS_TITLES = ['table of contents', 'contents', 'in this article'];

/** Picture credits set on a line of their own. */
export const IMAGE_CREDIT_LABELS = ['image', 'photo', 'picture', 'illustration', 'credit', 'source'];
