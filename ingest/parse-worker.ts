/**
 * The child process behind `createDocumentParser`: reads and parses one file per message and reads its duties,
 * so pdf.js, mammoth and the duty extraction never run in the server's process. It holds no state between
 * files; the parent kills it when a file takes too long or too much memory, and starts a fresh one for the next.
 */
import { extractDuties } from '../core/duties/extract-duties.js';
import { isAppError } from '../core/errors.js';
import { Aliases } from '../core/lexicon/aliases.js';
import { Gazetteer } from '../core/lexicon/gazetteer.js';
import { parseDocument } from './parse-document.js';
import type { ParseMessage, ParseReply } from './parse-messages.js';

const send = process.send?.bind(process);
if (!send) throw new Error('ingest/parse-worker.ts runs as a child process with an IPC channel; use createDocumentParser');
// Duties are read here too: for a 2,000-page file that is seconds of work the server's event loop is spared.
let aliases: Aliases | undefined;
let places: Gazetteer | undefined;

process.on('message', (m: ParseMessage) => {
  if (m.type === 'init') {
    aliases = new Aliases(m.aliases);
    places = new Gazetteer(m.places);
    return;
  }
  void parseDocument(m.bytes, m.file, { ...m.read, docId: m.docId, ...(places ? { places } : {}) }).then(
    (doc): void => void send({ id: m.id, ok: true, doc, duties: aliases ? extractDuties(doc, aliases) : [] } satisfies ParseReply),
    (e: unknown): void => {
      const error = isAppError(e)
        ? { code: e.code, message: e.message, statusCode: e.statusCode }
        : { message: e instanceof Error ? (e.stack ?? e.message) : String(e) };
      void send({ id: m.id, ok: false, error } satisfies ParseReply);
    },
  );
});
// The parent closes the channel when it is done with us (or dies): nothing is left to do then.
process.on('disconnect', () => process.exit(0));
// Loaded and listening: the parent starts a file's clock only now, so a slow start is not the file's fault.
send({ ready: true });
