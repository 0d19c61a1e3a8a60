// English verb forms that rules cannot make: irregular past participles, and present forms that are
// not the lemma plus -s/-es. Titles are headlines: present tense, or the participle when passive.

/** Lemma → past participle, for verbs whose participle is not the lemma plus -ed. */
export const IRREGULAR_PARTICIPLES: Record<string, string> = {
  arise: 'arisen', awake: 'awoken', be: 'been', bear: 'borne', beat: 'beaten', become: 'become', begin: 'begun',
  bend: 'bent', bet: 'bet', bid: 'bid', bind: 'bound', bite: 'bitten', bleed: 'bled', blow: 'blown', break: 'broken',
  bring: 'brought', broadcast: 'broadcast', build: 'built', burn: 'burnt', burst: 'burst', buy: 'bought', cast: 'cast',
  catch: 'caught', choose: 'chosen', cling: 'clung', come: 'come', cost: 'cost', creep: 'crept', cut: 'cut', deal: 'dealt',
  dig: 'dug', do: 'done', draw: 'drawn', drink: 'drunk', drive: 'driven', eat: 'eaten', fall: 'fallen', feed: 'fed',
  feel: 'felt', fight: 'fought', find: 'found', flee: 'fled', fling: 'flung', fly: 'flown', forbid: 'forbidden',
  forecast: 'forecast', foresee: 'foreseen', forget: 'forgotten', forgive: 'forgiven', freeze: 'frozen', get: 'got',
  give: 'given', go: 'gone', grind: 'ground', grow: 'grown', hang: 'hung', have: 'had', hear: 'heard', hide: 'hidden',
  hit: 'hit', hold: 'held', hurt: 'hurt', keep: 'kept', kneel: 'knelt', know: 'known', lay: 'laid', lead: 'led',
  leave: 'left', lend: 'lent', let: 'let', lie: 'lain', light: 'lit', lose: 'lost', make: 'made', mean: 'meant', meet: 'met',
  mislead: 'misled', overcome: 'overcome', oversee: 'overseen', overtake: 'overtaken', overthrow: 'overthrown',
  pay: 'paid', put: 'put', quit: 'quit', read: 'read', rebuild: 'rebuilt', rid: 'rid', ride: 'ridden', ring: 'rung',
  rise: 'risen', run: 'run', say: 'said', see: 'seen', seek: 'sought', sell: 'sold', send: 'sent', set: 'set',
  shake: 'shaken', shed: 'shed', shine: 'shone', shoot: 'shot', show: 'shown', shrink: 'shrunk', shut: 'shut',
  sing: 'sung', sink: 'sunk', sit: 'sat', sleep: 'slept', slide: 'slid', speak: 'spoken', spend: 'spent', spin: 'spun',
  split: 'split', spread: 'spread', spring: 'sprung', stand: 'stood', steal: 'stolen', stick: 'stuck', sting: 'stung',
  strike: 'struck', strive: 'striven', swear: 'sworn', sweep: 'swept', swim: 'swum', swing: 'swung', take: 'taken',
  teach: 'taught', tear: 'torn', tell: 'told', think: 'thought', throw: 'thrown', undergo: 'undergone',
  understand: 'understood', undertake: 'undertaken', uphold: 'upheld', upset: 'upset', wake: 'woken', wear: 'worn',
  weep: 'wept', win: 'won', withdraw: 'withdrawn', withhold: 'withheld', withstand: 'withstood', write: 'written',
};

/** Lemma → third person singular present, where it is not the lemma plus -s/-es/-ies. */
export const IRREGULAR_PRESENTS: Record<string, string> = { be: 'is', have: 'has', do: 'does', go: 'goes' };

/** Lemmas that double their last consonant before -ed ("ship" → "shipped"); most do not ("visit" → "visited"). */
export const DOUBLING_VERBS = ['ship', 'stop', 'plan', 'ban', 'drop', 'step', 'grab', 'rob', 'slip', 'trip', 'admit',
  'commit', 'permit', 'submit', 'transfer', 'refer', 'prefer', 'occur', 'control', 'patrol', 'travel', 'cancel', 'label',
  'model', 'equip', 'kidnap', 'scrap', 'sum', 'tap', 'jog', 'beg', 'plot', 'spot', 'chat', 'sob'];

/** Stems that keep a silent e before -ed: "paralys(e)d", "clos(e)d", "forc(e)d", "creat(e)d". */
export const SILENT_E_STEM = /(?:[aeiouy]s|v|c|z|u|[rn]g|at|ut|ir|ar|ur)$/u;
