/**
 * Hands text to the browser as a file to save, without a server: a Blob behind an object URL, followed through a
 * link with `download`. The URL is revoked once the browser has taken the file, so the text does not stay in memory.
 */
export function saveTextFile(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download in some browsers: wait until the click has been handled.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
