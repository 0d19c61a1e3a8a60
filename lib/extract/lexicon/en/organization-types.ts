// English words that make a capitalised name an organisation ("Rapid Response Unit", "Apple Inc.",
// "Ministry of Defence"), each with the type a definite description names it by ("the airline").
// Lower case; matched on any word of the name.

/** Legal-form endings: part of how a company is written, not of its name ("Apple Inc." is Apple). */
export const LEGAL_SUFFIXES: readonly string[] = ['inc', 'incorporated', 'corp', 'corporation', 'co', 'ltd', 'limited', 'llc', 'plc', 'gmbh', 'ag', 'sa', 'nv', 'llp'];

/** Cue word → organisation type. */
export const ORGANIZATION_TYPES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(LEGAL_SUFFIXES.map((suffix) => [suffix, 'company'])),
  company: 'company', companies: 'company', group: 'group', holdings: 'company', industries: 'company',
  motors: 'company', systems: 'company', technologies: 'company', computer: 'company', computers: 'company',
  electronics: 'company', pharmaceuticals: 'company', partners: 'company', ventures: 'company',
  communications: 'company', telecom: 'company', entertainment: 'company', studios: 'company', records: 'company',
  corps: 'company', airlines: 'airline', airline: 'airline', airways: 'airline', bank: 'bank', bancorp: 'bank',
  ministry: 'ministry', department: 'department', party: 'party', forces: 'force', army: 'army', navy: 'navy',
  police: 'police', agency: 'agency', council: 'council', university: 'university', college: 'university',
  institute: 'institute', foundation: 'foundation', association: 'association', federation: 'federation',
  union: 'union', commission: 'commission', committee: 'committee', court: 'court', courts: 'court',
  parliament: 'parliament', senate: 'parliament', congress: 'parliament', assembly: 'parliament',
  authority: 'authority', bureau: 'agency', brigade: 'group', brigades: 'group', movement: 'movement',
  front: 'movement', league: 'league', network: 'network', unit: 'unit', guard: 'force', organization: 'organization',
  organisation: 'organization', administration: 'agency', service: 'agency', office: 'agency', club: 'club',
  board: 'agency', regulator: 'agency', trust: 'foundation', fund: 'fund', society: 'association', alliance: 'alliance',
  consortium: 'company', exchange: 'company', government: 'government', cabinet: 'government', tribunal: 'court',
  academy: 'academy', museum: 'museum', gallery: 'gallery', galerie: 'gallery', galleria: 'gallery',
  musee: 'museum', museo: 'museum', academie: 'academy', academia: 'academy', universite: 'university',
  universidad: 'university', universita: 'university', universitat: 'university', banco: 'bank', banque: 'bank', hospital: 'institute', laboratory: 'institute', laboratories: 'company',
  observatory: 'institute', school: 'university', fc: 'club',
  energy: 'company', power: 'company', oil: 'company', petroleum: 'company', mining: 'company', steel: 'company',
  media: 'company', foods: 'company', capital: 'company', insurance: 'company', logistics: 'company', shipping: 'company',
  software: 'company', therapeutics: 'company', biosciences: 'company', automotive: 'company', aerospace: 'company',
  resources: 'company', solutions: 'company',
};

/** Cue words that open an organisation's name in the languages they come from ("Musée Réattu", "Banco Santander"). */
export const LEADING_ORGANIZATION_TYPES: readonly string[] = [
  'musee', 'museo', 'galerie', 'galleria', 'academie', 'academia', 'universite', 'universidad', 'universita', 'universitat', 'banco', 'banque',
];

/** Words that may join the words of an organisation's name after a cue word ("Ministry of Defence", "Bank for …"). */
export const NAME_CONNECTORS: readonly string[] = ['of', 'for', 'on'];

/** Words joining the portfolios of an organisation's name after its "of" ("Ministry of Labour and Employment"). */
export const PORTFOLIO_JOINERS: readonly string[] = ['and', '&'];

/**
 * Nouns a definite description names an organisation by ("the airline"), with the organisation types
 * they fit; resolved only when one organisation of those types was named earlier in the article.
 */
export const DESCRIPTION_NOUNS: Readonly<Record<string, readonly string[]>> = {
  company: ['company', 'airline', 'bank'],
  firm: ['company', 'bank'],
  airline: ['airline'],
  carrier: ['airline'],
  bank: ['bank'],
  lender: ['bank'],
  party: ['party'],
  ministry: ['ministry'],
  court: ['court'],
  agency: ['agency'],
  university: ['university'],
  council: ['council'],
  commission: ['commission'],
  committee: ['committee'],
  union: ['union'],
  army: ['army'],
  parliament: ['parliament'],
  legislature: ['parliament'],
  retailer: ['retailer', 'chain'],
  chain: ['chain', 'retailer'],
  club: ['club', 'side', 'team'],
  side: ['club', 'side', 'team'],
  team: ['club', 'side', 'team'],
  academy: ['academy'],
  museum: ['museum'],
  gallery: ['gallery'],
};

/** Lower-case nouns that, right before a name or after it in apposition, make it an organisation ("electronics retailer Best Buy", "NPD Group, a market research firm"). */
export const ORGANIZATION_NOUNS: readonly string[] = [
  'company', 'firm', 'maker', 'manufacturer', 'retailer', 'group', 'agency', 'bank', 'airline', 'carrier',
  'party', 'organization', 'organisation', 'giant', 'startup', 'conglomerate', 'broadcaster', 'publisher',
  'newspaper', 'label', 'studio', 'union', 'charity', 'court', 'ministry', 'university', 'team', 'club',
  'band', 'movement', 'militia', 'coalition', 'alliance', 'operator', 'insurer', 'lender', 'supplier',
  'distributor', 'developer', 'automaker', 'chipmaker', 'regulator', 'watchdog', 'network', 'corporation', 'seller',
  'chain', 'side', 'gallery', 'museum', 'council', 'consortium', 'contractor', 'fund', 'parliament', 'legislature',
  'forecaster', 'utility', 'institute', 'foundation', 'hospital', 'school', 'college', 'authority',
];

/** Lower-case particles inside personal names ("Saleh al-Arouri", "Ursula von der Leyen"). */
export const NAME_PARTICLES: readonly string[] = ['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'de', 'da', 'di', 'du', 'des', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'dos', 'das', 'ter'];
