// Actor recognition: the gazetteer (data/actors.yaml) and finding its actors in sentences.

export { parseGazetteer } from './parse-gazetteer';
export { GazetteerError } from './gazetteer-error';
export { affiliationChain } from './affiliation-chain';
export { createActorRecognizer, type ActorRecognizer, type RecognitionContext } from './recognizer';
export type { MentionRule } from './candidate';
export type { ActorEntry, ActorKind, ActorMention, ActorRole, Gazetteer } from './types';
export { readActorMentions, type ActorMentionInArticle, type ReadActorMentionsOptions } from './read-actor-mentions';
