// Words that say what a number counts. Each measure lists the words that may follow the number
// ("1,200 killed", "240 hostages") and the words that may precede it ("killed over 1,200").

export const MEASURES: { measure: string; after: string[]; before: string[] }[] = [
  {
    measure: 'killed',
    after: ['killed', 'dead', 'deaths', 'fatalities', 'lives', 'people killed', 'were killed', 'died'],
    before: ['killed', 'killing', 'kills', 'massacre of', 'massacred', 'murdered', 'murder of', 'deaths of',
      'death toll of', 'death toll rose to', 'slaughter of', 'slaughtered'],
  },
  {
    measure: 'abducted',
    after: ['hostages', 'hostage', 'abducted', 'kidnapped', 'captives'],
    before: ['abducted', 'abducting', 'kidnapped', 'kidnapping'],
  },
  {
    measure: 'wounded',
    after: ['wounded', 'injured', 'injuries', 'hurt'],
    before: ['wounded', 'wounding', 'injured', 'injuring'],
  },
  {
    measure: 'rockets',
    after: ['rockets', 'missiles', 'projectiles'],
    before: ['fired', 'launched', 'firing', 'launching'],
  },
];

/** Words that bound a number: "over 1,200", "more than 240". */
export const QUALIFIERS = ['over', 'more than', 'at least', 'nearly', 'almost', 'about', 'around', 'approximately',
  'some', 'up to', 'fewer than', 'less than', 'roughly', 'an estimated'];

/** Nouns that may stand between the number and a following measure word ("1,400 Israelis … killed" is not one). */
export const COUNTED_NOUN = String.raw`(?:[\p{L}-]+\s+){0,2}`;
