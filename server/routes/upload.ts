/**
 * POST /api/documents?name=FILE with the raw bytes as the body. Only with ADMIN_TOKEN set and given as
 * `Authorization: Bearer …`; otherwise the route answers 404, as if it did not exist.
 */
import { timingSafeEqual } from 'node:crypto';
import { Type } from 'typebox';
import { AppError } from '../../core/errors.js';
import type { RoutePlugin } from '../app-type.js';
import { ErrorSchema } from '../error-schema.js';

const FailureSchema = Type.Object({ file: Type.String(), code: Type.String(), message: Type.String() });

function authorized(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer\s+/iu, '') ?? '');
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

export const uploadRoutes: RoutePlugin = async (app) => {
  const { service } = app;
  app.post(
    '/api/documents',
    {
      bodyLimit: service.config.maxUploadBytes,
      schema: {
        querystring: Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }) }),
        response: {
          200: Type.Object({ documents: Type.Integer(), clauses: Type.Integer(), duties: Type.Integer(), failures: Type.Array(FailureSchema) }),
          '4xx': ErrorSchema,
          '5xx': ErrorSchema,
        },
      },
    },
    async (request) => {
      const token = service.config.adminToken;
      if (token === undefined) throw new AppError('NOT_FOUND', 'uploads are disabled on this server; an administrator can enable them by setting ADMIN_TOKEN');
      if (!authorized(request.headers.authorization, token)) throw new AppError('UNAUTHORIZED', 'uploading needs the administrator token: send Authorization: Bearer <ADMIN_TOKEN>');
      if (!Buffer.isBuffer(request.body)) throw new AppError('BAD_REQUEST', 'send the file as the request body with Content-Type: application/octet-stream');
      const result = await service.upload(request.query.name, new Uint8Array(request.body));
      return { documents: result.documents, clauses: result.clauses, duties: result.duties, failures: result.failures.map((f) => ({ ...f, file: f.file.replace(/^.*[\\/]/u, '') })) };
    },
  );
};
