// Words that end in a period without ending the sentence. Lower case, without the period.

export const TITLE_ABBREVIATIONS = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'gov',
  'sen', 'rep', 'pres', 'rev', 'sr', 'jr', 'st', 'hon', 'amb', 'brig', 'lieut',
];

export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

export const OTHER_ABBREVIATIONS = [
  'vol', 'vs', 'etc', 'approx', 'est', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'fig', 'al', 'cf', 'e.g', 'i.e',
];

/** Dotted acronyms ("U.S.", "U.N.") are taken as abbreviations. */
export const DOTTED_ACRONYM = /^(?:[A-Za-z]\.){2,}$/;
