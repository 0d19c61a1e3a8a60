// Word lists the synthetic articles are assembled from. Invented publishers and stock phrasing:
// the aim is the shape and variety of news prose, not its content.

export const PUBLISHERS = [
  'The Meridian Post', 'Levant Wire', 'Harbor Daily', 'The Northern Ledger', 'Global Affairs Review',
  'The Evening Courier', 'Atlas News Service', 'The Capital Observer',
];

export const AUTHORS = ['Dana Cole', 'Samir Haddad', 'Ilse Marten', 'Yusuf Karimi', 'Rachel Stone', 'Tomas Ruiz'];

export const PLACES = ['Tehran', 'Doha', 'Beirut', 'Cairo', 'Damascus', 'Gaza', 'Istanbul', 'Muscat', 'Baghdad', 'Geneva'];

export const PHOTO_AGENCIES = ['REUTERS', 'AFP', 'AP', 'WANA (West Asia News Agency)/Handout via REUTERS', 'Getty Images'];

/** One kind of happening, worded several ways so different articles report it differently. */
export interface ActionFamily {
  /** Past-tense verb phrases taking the object actor: `{subject} {phrase} {object}`. */
  phrases: string[];
  /** Present-tense headline verbs. */
  headlines: string[];
  /** Whether a casualty or money figure may follow. */
  figure: 'casualties' | 'money' | null;
}

export const ACTIONS: ActionFamily[] = [
  { phrases: ['met', 'met with', 'held talks with', 'sat down with'], headlines: ['meets', 'holds talks with'], figure: null },
  { phrases: ['attacked', 'launched an attack on', 'struck', 'carried out strikes against'], headlines: ['strikes', 'attacks'], figure: 'casualties' },
  { phrases: ['signed an agreement with', 'reached a deal with', 'concluded an accord with'], headlines: ['signs deal with', 'reaches accord with'], figure: null },
  { phrases: ['transferred funds to', 'sent money to', 'financed'], headlines: ['funds', 'bankrolls'], figure: 'money' },
  { phrases: ['hosted a delegation from', 'received envoys from', 'welcomed officials from'], headlines: ['hosts', 'receives envoys from'], figure: null },
  { phrases: ['warned', 'issued a warning to', 'threatened'], headlines: ['warns', 'threatens'], figure: null },
];

/** What background events were about. */
export const TOPICS = [
  'the prisoner exchange', 'border crossings', 'missile shipments', 'the reconstruction fund', 'shipping lanes',
  'the ceasefire terms', 'oil exports', 'detained activists', 'drone deliveries', 'the hostage file', 'sanctions relief',
  'water rights', 'airspace violations', 'the election timetable', 'refugee returns', 'port access', 'the nuclear file',
  'arms smuggling', 'a humanitarian corridor', 'customs revenue', 'militia salaries', 'the power grid', 'the border fence',
  'fuel deliveries',
];

/** Said of reports; some mark stance (alleged, denied) for the stance detector. */
export const ATTRIBUTIONS = [
  '', '', '', ', officials said', ', according to two people familiar with the matter', ', state media reported',
  ', a spokesman confirmed', ', diplomats alleged', ', though both sides later denied it',
];

export const SECTION_HEADINGS = [
  'A long shadow over the region', 'What comes next', 'The money trail', 'Old alliances, new pressures',
  'Inside the talks', 'How the region reacted', 'A pattern of escalation', 'Why it matters',
];

export const NEWSLETTER_PROMPTS = [
  'Stay updated with the latest news - subscribe to our daily briefing',
  'Sign up for the Middle East newsletter and get our best analysis every morning',
  'Subscribe to our weekly digest for more coverage like this',
];

/** Analysis sentences with two actor slots and no date. */
export const COMMENTARY = [
  'Analysts say {a} remains wary of {b}, even as the two sides keep channels open.',
  'The relationship between {a} and {b} has long been more transactional than ideological.',
  'Officials in {place} describe {a} as the senior partner, though {b} guards its autonomy closely.',
  'Critics argue that {a} has used {b} to extend its reach without paying the political price.',
  'For now, {a} appears content to let {b} take the lead in public while it works behind the scenes.',
  'Few expect {b} to break with {a} soon, given how much it depends on outside support.',
  'Observers note that statements from {a} about {b} have grown noticeably sharper in recent weeks.',
  'Neither {a} nor {b} responded to requests for comment on the reports.',
];

/** Sentences with numbers that are not dates; `{n}` is filled with a figure. */
export const NUMBER_FACTS = [
  'Some {n} people were displaced by the fighting, according to aid agencies.',
  'The budget for the program is estimated at ${n} million a year.',
  'Unit {unit} is said to handle smuggling operations for {a}.',
  'More than {n} rockets have been fired since the start of the conflict.',
  'A report counted {n} shipments passing through the port over the period.',
  'Resolution {unit} of the Security Council was cited repeatedly during the debate.',
  'The group is believed to command about {n} fighters, a figure {a} disputes.',
];
