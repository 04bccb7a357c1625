import type { MultipartFile } from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { parseCollectionYear } from '../../core/model/collection-year.ts';
import { sendProblem } from '../problem.ts';
import { accessOf } from './auth.ts';
import { problems } from './schemas.ts';

/** The file names a return may have: a CIN census is XML, SSDA903 tables are CSV (or one XML file). */
const RETURN_FILE = /\.(xml|csv)$/i;

export function returnsRoutes(app: FastifyInstance, maxUploadBytes: number): void {
  app.get('/returns', {
    schema: {
      summary: "The council's returns: current and superseded, with their validation counts",
      tags: ['returns'],
      response: { 200: { type: 'object', properties: { la: { type: 'string' }, returns: { type: 'array', items: { $ref: 'Return#' } } }, required: ['la', 'returns'] }, ...problems() },
    },
  }, (request) => accessOf(request).overview());

  app.post('/returns', {
    schema: {
      summary: 'Upload a return',
      description:
        'multipart/form-data: optional fields `year` (e.g. 2025/26) and `dataset` (cin or ssda903), then the return\'s files as `files` ' +
        `(one CIN census XML file, or the CSV tables of one SSDA903 year), at most ${maxUploadBytes} bytes each. The return is read, ` +
        'validated and stored in one transaction: on any refusal nothing is stored and nothing already stored is touched.',
      tags: ['returns'],
      consumes: ['multipart/form-data'],
      response: { 200: { $ref: 'Import#' }, 201: { $ref: 'Import#' }, ...problems(400, 413, 415, 422) },
    },
  }, async (request, reply) => {
    if (!request.isMultipart()) return sendProblem(reply, 415, 'Not a file upload', 'Send the return\'s files as multipart/form-data.');
    const access = accessOf(request);
    const files: { name: string; content: Uint8Array }[] = [];
    const fields: Record<string, string> = {};
    for await (const part of request.parts({ limits: { fileSize: maxUploadBytes, files: 40, fields: 10 } })) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      const file: MultipartFile = part;
      if (!RETURN_FILE.test(file.filename)) {
        await file.toBuffer().catch(() => undefined);
        return sendProblem(reply, 415, 'Not a return', `${file.filename} is not a CIN census (.xml) or an SSDA903 table (.csv). Nothing was stored.`);
      }
      // toBuffer throws (413) as soon as the file passes the limit, before reading the rest.
      files.push({ name: file.filename, content: new Uint8Array(await file.toBuffer()) });
    }
    if (files.length === 0) return sendProblem(reply, 400, 'No files', 'Choose the files of one return. Nothing was stored.');
    const year = fields.year ? parseCollectionYear(fields.year) : undefined;
    if (year === null) return sendProblem(reply, 400, 'The request is not valid', `${fields.year} is not a collection year such as 2025/26.`);
    const dataset = fields.dataset || undefined;
    if (dataset !== undefined && dataset !== 'cin' && dataset !== 'ssda903') return sendProblem(reply, 400, 'The request is not valid', `${dataset} is not cin or ssda903.`);
    const result = await access.uploadReturn({ files, year, dataset });
    return reply.code(result.status === 'imported' ? 201 : 200).send(result);
  });
}
