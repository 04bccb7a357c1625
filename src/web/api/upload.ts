import type { ImportView } from '../../access/views.ts';
import { csrfHeaders, problemError } from './client.ts';

/**
 * Sends a return's files as multipart form data. XMLHttpRequest, not fetch, because only it reports
 * upload progress; the answer (or problem) is the import's outcome.
 */
export function uploadReturn(files: readonly File[], fields: Record<string, string>, onProgress: (sent: number, total: number) => void): Promise<ImportView> {
  const form = new FormData();
  // Fields first: the server reads the parts in order and needs them before the files.
  for (const [name, value] of Object.entries(fields)) if (value) form.append(name, value);
  for (const file of files) form.append('files', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/returns');
    for (const [name, value] of Object.entries(csrfHeaders())) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.total);
    xhr.onerror = () => reject(new Error('The upload did not reach the server: check your connection and try again.'));
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        // a body that is not JSON leaves the status to speak
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as unknown as ImportView);
      else reject(problemError(xhr.status, body));
    };
    xhr.send(form);
  });
}
