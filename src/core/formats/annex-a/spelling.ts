/** Spellings compare after folding case, spaces (non-breaking ones too), dashes and quotes. */
export function normaliseSpelling(text: string): string {
  return text.normalize('NFKC').replace(/[\u00a0\s]+/g, ' ').replace(/[‘’`]/g, "'").replace(/[–—]/g, '-').trim().toLowerCase();
}
