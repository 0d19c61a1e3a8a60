import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAYS } from '../lexicon/en/dates';
import {
  AGENT_MARKERS, AGENT_VERBS, BANNER_WORDS, CURRENCY_WORDS, HEAD_TITLES, HONORIFICS, IRREGULAR_VERB_FORMS, PERSON_APPOSITION, PERSON_TITLES,
  POSSESSED_ROLE_NOUNS, RELATIVE_OPENERS, TIME_NAMES, VERB_LEAD_INS,
} from '../lexicon/en/actor-words';
import {
  DESCRIPTION_NOUNS, LEADING_ORGANIZATION_TYPES, LEGAL_SUFFIXES, NAME_CONNECTORS, NAME_PARTICLES, ORGANIZATION_NOUNS, ORGANIZATION_TYPES, PORTFOLIO_JOINERS,
} from '../lexicon/en/organization-types';
import { FUNCTION_WORDS } from '../lexicon/en/function-words';
import { PhraseTrie } from './phrase-trie';
import { tokenize } from './tokenize';

/** The English word lists of actor discovery, compiled once into sets and tries. */
export interface DiscoveryWords {
  /** Titles and courtesy titles before a name; the value says whether it is a courtesy title. */
  titles: PhraseTrie<boolean>;
  /** Last words of titles, to see a title that ends right before a name ("co-founder Steve Jobs"). */
  titleEnds: ReadonlySet<string>;
  /** Titles of a body's head ("CEO"): the words before them name the body. */
  headTitles: PhraseTrie<true>;
  currencyWords: ReadonlySet<string>;
  organizationTypes: ReadonlyMap<string, string>;
  leadingOrganizationTypes: ReadonlySet<string>;
  legalSuffixes: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  portfolioJoiners: ReadonlySet<string>;
  particles: ReadonlySet<string>;
  organizationNouns: ReadonlySet<string>;
  descriptionNouns: ReadonlyMap<string, readonly string[]>;
  agentVerbs: ReadonlySet<string>;
  leadIns: ReadonlySet<string>;
  agentMarkers: ReadonlySet<string>;
  possessedRoles: PhraseTrie<true>;
  banners: ReadonlySet<string>;
  times: ReadonlySet<string>;
  /** Days of the week, which never open a name ("on Thursday Vell Council officials"). */
  weekdays: ReadonlySet<string>;
  personApposition: ReadonlySet<string>;
  relativeOpeners: ReadonlySet<string>;
  functionWords: ReadonlySet<string>;
}

let compiled: DiscoveryWords | null = null;

export function discoveryWords(): DiscoveryWords {
  if (compiled) return compiled;
  const titles = new PhraseTrie<boolean>();
  for (const title of PERSON_TITLES) titles.add(title, false);
  for (const honorific of HONORIFICS) titles.add(honorific, true);
  const headTitles = new PhraseTrie<true>();
  for (const title of HEAD_TITLES) headTitles.add(title, true);
  const possessedRoles = new PhraseTrie<true>();
  for (const noun of POSSESSED_ROLE_NOUNS) possessedRoles.add(noun, true);
  compiled = {
    titles,
    titleEnds: new Set([...PERSON_TITLES, ...HONORIFICS].map((title) => tokenize(title).at(-1)!.key)),
    headTitles,
    currencyWords: new Set(CURRENCY_WORDS),
    organizationTypes: new Map(Object.entries(ORGANIZATION_TYPES)),
    leadingOrganizationTypes: new Set(LEADING_ORGANIZATION_TYPES),
    legalSuffixes: new Set(LEGAL_SUFFIXES),
    connectors: new Set(NAME_CONNECTORS),
    portfolioJoiners: new Set(PORTFOLIO_JOINERS),
    particles: new Set(NAME_PARTICLES),
    organizationNouns: new Set(ORGANIZATION_NOUNS),
    descriptionNouns: new Map(Object.entries(DESCRIPTION_NOUNS)),
    agentVerbs: new Set(AGENT_VERBS.flatMap(verbForms)),
    leadIns: new Set(VERB_LEAD_INS),
    agentMarkers: new Set(AGENT_MARKERS),
    possessedRoles,
    banners: new Set(BANNER_WORDS),
    times: new Set([...TIME_NAMES, ...[MONTH_NAMES, MONTH_ABBREVIATIONS, WEEKDAYS].flatMap((words) => Object.keys(words).map((word) => word.toLowerCase()))]),
    weekdays: new Set(Object.keys(WEEKDAYS).map((word) => word.toLowerCase())),
    personApposition: new Set(PERSON_APPOSITION),
    relativeOpeners: new Set(RELATIVE_OPENERS),
    functionWords: new Set(FUNCTION_WORDS),
  };
  return compiled;
}

/** "announce" → announce, announces, announced; "sue" → sues, sued; "deny" → denies, denied; "plan" → planned. */
function verbForms(base: string): string[] {
  const irregular = IRREGULAR_VERB_FORMS[base] ?? [];
  const third = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past = base.endsWith('e')
    ? `${base}d`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ied`
      : /^[^aeiou]*[aeiou][bdgmnpt]$/.test(base)
        ? `${base}${base.at(-1)}ed`
        : `${base}ed`;
  return [base, third, past, ...irregular];
}
