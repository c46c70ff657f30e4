/**
 * A large reply shared until the next write (the national board: 2.9 MB of JSON) is serialised
 * once and compressed once per encoding, kept beside the object it was made from; each request
 * then only picks the encoding its Accept-Encoding allows. Compression runs off the main thread
 * (zlib's thread pool), at levels that keep the first request after a write quick.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export type Encoding = 'br' | 'gzip' | 'identity';

interface Body {
  /** The JSON as UTF-8 bytes, encoded once (not on every identity reply). */
  json: Buffer;
  encoded: Partial<Record<Exclude<Encoding, 'identity'>, Promise<Buffer>>>;
}

/** Below this size compression costs more than it saves on a LAN. */
const MIN_COMPRESS_BYTES = 1024;

const bodies = new WeakMap<object, Body>();

/** The encoding to use: brotli, then gzip, when the client accepts it (q=0 refuses). */
export function negotiate(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    accepted.set(name.trim(), Number.isFinite(weight) ? weight : 0);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (ok('br')) return 'br';
  if (ok('gzip')) return 'gzip';
  return 'identity';
}

function encode(input: Buffer, encoding: Exclude<Encoding, 'identity'>) {
  return encoding === 'br'
    ? brotli(input, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 5,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: input.length,
        },
      })
    : gz(input, { level: 6 });
}

function bodyOf(source: object, present: () => unknown): Body {
  let body = bodies.get(source);
  if (!body) {
    body = { json: Buffer.from(JSON.stringify(present()), 'utf8'), encoded: {} };
    bodies.set(source, body);
  }
  return body;
}

function encoded(body: Body, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> {
  let pending = body.encoded[encoding];
  if (!pending) {
    const made = encode(body.json, encoding);
    body.encoded[encoding] = made;
    // A failed compression is not kept: the next request tries again.
    made.catch(() => {
      if (body.encoded[encoding] === made) delete body.encoded[encoding];
    });
    pending = made;
  }
  return pending;
}

/** Serialises and compresses ahead of the first request (warm-up at start). */
export async function prepareCachedJson(source: object, present: () => unknown) {
  const body = bodyOf(source, present);
  if (body.json.length >= MIN_COMPRESS_BYTES) await Promise.all([encoded(body, 'br'), encoded(body, 'gzip')]);
}

/**
 * Sends `source` as JSON made by `present`, serialised and compressed once per `source` object.
 * The reply says it varies with Accept-Encoding, compressed or not.
 */
export async function sendCachedJson(req: FastifyRequest, reply: FastifyReply, source: object, present: () => unknown) {
  const body = bodyOf(source, present);
  reply.header('vary', 'accept-encoding').type('application/json; charset=utf-8');
  const encoding = body.json.length < MIN_COMPRESS_BYTES ? 'identity' : negotiate(req.headers['accept-encoding']);
  if (encoding === 'identity') return reply.send(body.json);
  const bytes = await encoded(body, encoding);
  return reply.header('content-encoding', encoding).send(bytes);
}
