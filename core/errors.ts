/** Error codes a caller can act on. The message always says what failed, the value, and what to do. */
export type ErrorCode =
  | 'INGEST_UNSUPPORTED_FORMAT'
  | 'INGEST_EMPTY_FILE'
  | 'INGEST_TOO_LARGE'
  | 'INGEST_CORRUPT'
  | 'INGEST_ENCRYPTED'
  | 'INGEST_NO_TEXT'
  | 'INGEST_DECODE'
  | 'INGEST_NOT_FOUND'
  | 'INGEST_TOO_LARGE_UNPACKED'
  | 'INGEST_TOO_MANY_PAGES'
  | 'INGEST_TIMEOUT'
  | 'INGEST_LOCKED'
  | 'INDEX_MISSING'
  | 'INDEX_DIM_MISMATCH'
  | 'INDEX_EMBEDDER_MISMATCH'
  | 'INDEX_CORRUPT'
  | 'CONFIG_INVALID'
  | 'BAD_REQUEST'
  | 'BAD_FRAME'
  | 'NOT_FOUND'
  | 'UNAUTHORIZED'
  | 'QUESTION_BLANK'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'URI_TOO_LONG'
  | 'METHOD_NOT_ALLOWED'
  | 'HOST_NOT_ALLOWED'
  | 'ORIGIN_NOT_ALLOWED'
  | 'RATE_LIMITED'
  | 'EXPORT_TOO_LARGE'
  | 'UPSTREAM_MODEL'
  | 'ABORTED'
  | 'INTERNAL';

const STATUS: Partial<Record<ErrorCode, number>> = {
  INGEST_UNSUPPORTED_FORMAT: 415,
  INGEST_EMPTY_FILE: 400,
  INGEST_TOO_LARGE: 413,
  INGEST_CORRUPT: 400,
  INGEST_ENCRYPTED: 400,
  INGEST_NO_TEXT: 400,
  INGEST_DECODE: 400,
  INGEST_NOT_FOUND: 404,
  INGEST_TOO_LARGE_UNPACKED: 413,
  INGEST_TOO_MANY_PAGES: 413,
  // The file is well-formed as far as we know, but reading it takes longer than PARSE_TIMEOUT_MS allows.
  INGEST_TIMEOUT: 422,
  // Another process (or upload) is writing the knowledge base: the request conflicts with it, retry later.
  INGEST_LOCKED: 409,
  BAD_REQUEST: 400,
  BAD_FRAME: 400,
  NOT_FOUND: 404,
  UNAUTHORIZED: 401,
  QUESTION_BLANK: 400,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  URI_TOO_LONG: 414,
  METHOD_NOT_ALLOWED: 405,
  HOST_NOT_ALLOWED: 403,
  ORIGIN_NOT_ALLOWED: 403,
  RATE_LIMITED: 429,
  EXPORT_TOO_LARGE: 413,
  UPSTREAM_MODEL: 502,
  ABORTED: 499,
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly statusCode: number;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; statusCode?: number }) {
    super(message, { cause: options?.cause });
    this.name = 'AppError';
    this.code = code;
    this.statusCode = options?.statusCode ?? STATUS[code] ?? 500;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Throws ABORTED when the signal has fired; call between async steps. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new AppError('ABORTED', 'the request was cancelled', { cause: signal.reason });
}
