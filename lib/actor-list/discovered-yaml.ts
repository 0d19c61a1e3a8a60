// The discovered actors as entries of data/actors.yaml, so that a person can check them and paste
// them into the gazetteer, where they become curated actors at the next seed.
import { Document, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ActorListing } from '../db/queries';
import { byEventsThenName } from './by-events-then-name';

/** YAML text: a comment saying what it is, then one entry per discovered actor, most events first. */
export function discoveredYaml(actors: readonly ActorListing[]): string {
  const found = actors.filter((actor) => actor.discovered).sort(byEventsThenName);
  const header = [
    `# ${found.length} ${found.length === 1 ? 'actor' : 'actors'} found in the text of the stored corpus, as data/actors.yaml entries.`,
    '# Check each one (name, kind, aliases; an affiliation may be added), then paste it under `actors:`.',
  ];
  return [...header, ...found.map(entryYaml)].join('\n') + '\n';
}

/** One entry, indented as the gazetteer's are under `actors:`, the evidence in a comment above it. */
function entryYaml(actor: ActorListing): string {
  const entry = {
    slug: actor.slug,
    name: actor.name,
    kind: actor.kind,
    aliases: actor.aliases,
    ...(actor.affiliation === null ? {} : { affiliation: actor.affiliation }),
  };
  const doc = new Document([entry]);
  const item = (doc.contents as YAMLSeq<YAMLMap>).items[0];
  const aliases = item.get('aliases', true);
  // `aliases: [A, B]` on one line, as the gazetteer writes them.
  if (isSeq(aliases)) aliases.flow = true;
  const events = `named in ${actor.eventCount} ${actor.eventCount === 1 ? 'event' : 'events'}`;
  item.commentBefore = ` found in the text: ${oneLine(actor.evidence ?? 'no evidence recorded')}; ${events}`;
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return '\n' + text.trimEnd().split('\n').map((line) => `  ${line}`).join('\n');
}

/** A comment ends at a line break: evidence quoting several lines stays on one. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
