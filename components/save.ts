/** What Tally hands the user, from an extension page or a note on a page: text on the clipboard, and a file to save. */

/** Puts text on the clipboard (called from a click: the browsers ask for a user gesture). */
export function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

/** Saves `content` as a file named `fileName` (the browser's download). */
export function downloadText(fileName: string, mime: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mime};charset=utf-8` }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
