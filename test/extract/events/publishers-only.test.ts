import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { ActorEntry, ActorMention } from '../../../lib/extract/actors/types';
import { findHappenings } from '../../../lib/extract/events/find-happenings';
import { publishersOnly } from '../../../lib/extract/events/publishers-only';

const entry = (slug: string, media = false): ActorEntry => ({ slug, name: slug, kind: 'organization', aliases: [], affiliation: null, roles: [], demonyms: [], media });
const bySlug = new Map([entry('daily-post', true), entry('hamas')].map((a) => [a.slug, a]));

/** The slugs kept for the first happening of the sentence, given where each name is written. */
function kept(sentence: string, names: Record<string, string>): string[] {
  const mentions: ActorMention[] = Object.entries(names).map(([text, slug]) => {
    const start = sentence.indexOf(text);
    return { slug, start, end: start + text.length, text, rule: 'alias' };
  });
  return publishersOnly(mentions, findHappenings(sentence)[0] ?? null, bySlug).map((m) => m.slug);
}

test('a news outlet is an actor of the report it publishes', () => {
  assert.deepEqual(kept('In 2015, the Daily Post reported that Hamas was rearming.', { 'Daily Post': 'daily-post', Hamas: 'hamas' }), ['daily-post', 'hamas']);
  assert.deepEqual(kept('The Daily Post said on Monday that talks had failed.', { 'Daily Post': 'daily-post' }), ['daily-post']);
});

test('negative: an outlet cited as a channel takes no part in the happening', () => {
  assert.deepEqual(kept('Officials told the Daily Post that Hamas attacked on October 7.', { 'Daily Post': 'daily-post', Hamas: 'hamas' }), ['hamas']);
  assert.deepEqual(kept('Hamas attacked on October 7, according to the Daily Post.', { 'Daily Post': 'daily-post', Hamas: 'hamas' }), ['hamas']);
  // An actor the gazetteer does not mark as media is kept wherever it is named.
  assert.deepEqual(kept('Officials told Hamas that talks had failed.', { Hamas: 'hamas' }), ['hamas']);
});
