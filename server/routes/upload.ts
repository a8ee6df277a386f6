/**
 * POST /api/documents?name=FILE with the raw bytes as the body. Only with ADMIN_TOKEN set and given as
 * `Authorization: Bearer …`; otherwise the route answers 404, as if it did not exist.
 */
import { Type } from 'typebox';
import { AppError } from '../../core/errors.js';
import type { RoutePlugin } from '../app-type.js';
import { ErrorSchema } from '../error-schema.js';
import { bearerMatches } from '../request-guards.js';

const FailureSchema = Type.Object({ file: Type.String(), code: Type.String(), message: Type.String() });

export const uploadRoutes: RoutePlugin = async (app) => {
  const { service } = app;
  app.post(
    '/api/documents',
    {
      bodyLimit: service.config.maxUploadBytes,
      config: { rateLimit: { max: service.config.rateLimits.upload, timeWindow: 60_000 } },
      // preParsing runs after the rate limit (onRequest, so wrong guesses count) and before the body is
      // read: a caller without the token never gets MAX_UPLOAD_MB of it buffered.
      preParsing: async (request, _reply, payload) => {
        const token = service.config.adminToken;
        if (token === undefined) throw new AppError('NOT_FOUND', 'uploads are disabled on this server; an administrator can enable them by setting ADMIN_TOKEN');
        if (!bearerMatches(request.headers.authorization, token)) throw new AppError('UNAUTHORIZED', 'uploading needs the administrator token: send Authorization: Bearer <ADMIN_TOKEN>');
        return payload;
      },
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
      if (!Buffer.isBuffer(request.body)) throw new AppError('BAD_REQUEST', 'send the file as the request body with Content-Type: application/octet-stream');
      const result = await service.upload(request.query.name, new Uint8Array(request.body));
      return { documents: result.documents, clauses: result.clauses, duties: result.duties, failures: result.failures.map((f) => ({ ...f, file: f.file.replace(/^.*[\\/]/u, '') })) };
    },
  );
};
