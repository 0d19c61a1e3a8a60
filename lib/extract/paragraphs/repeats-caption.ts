/** Sites repeat a caption without its credit right after it; the repeat is a caption too. */
export function repeatsCaption(line: string, caption: string): boolean {
  const text = line.trim();
  return text.length > 0 && caption.trim().startsWith(text);
}
