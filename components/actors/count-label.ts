/** "1 event", "3 events": a count with its noun, plural by appending s unless told otherwise. */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}
