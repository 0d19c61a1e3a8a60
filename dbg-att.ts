import { findDates } from './lib/extract/dates';
import { datedHappenings } from './lib/extract/events/dated-happenings';
import { findHappenings } from './lib/extract/events/find-happenings';
const s = process.argv[2];
const ctx = { referenceDate: '2024-06-01', referenceLabel: 'publication date', narrative: null, previousEvent: null, paragraph: 1 };
const m = findDates(s, ctx);
console.log('dates', m.map((x) => `${x.text}@${x.index}`));
console.log('happenings', findHappenings(s, undefined, m).map((x) => `${x.text}@${x.index}[${x.kind}/${x.family}${x.governed ? '/gov' : ''}${x.nonfinite ? '/nonfinite' : ''}]`));
console.log('dated', datedHappenings(s, m).items.map((d) => `${d.mention.text} -> ${d.happening?.text} (${d.attachment})`));
