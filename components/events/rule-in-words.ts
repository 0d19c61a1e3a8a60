/** An inference rule's name for people: `relative-to-speech-date` → `relative to speech date`. */
export function ruleInWords(rule: string): string {
  return rule.replace(/-/g, ' ');
}
