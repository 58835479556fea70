/**
 * Relocating URLs inside Next's inline flight data: the React Server Components payload a static
 * page carries as `<script>self.__next_f.push([1,"…"])</script>` tags, which the client reads to
 * hydrate. Its links must match the rewritten HTML string for string, or hydration fails.
 *
 * The payload is read as what it is, not matched by patterns: the push arguments are JSON; their
 * strings, joined, are a list of rows, `id:TAG<JSON>\n` (hints have no id) or text rows
 * `id:T<hex byte length>,<text>`; inside a JSON row every string token is visited with the object
 * key it is the value of. A payload that does not read as rows fails the export (a Next.js
 * upgrade changed the format) instead of shipping a folder whose pages cannot hydrate.
 */

/** Replace `[start, end)` of a text with `text`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Decides the new value of one JSON string of the payload (`key` is the object key it is the
 * value of, or null inside an array); null keeps it.
 */
export type StringRewrite = (value: string, key: string | null) => string | null;

/** Bytes of `text` from `from` until `bytes` UTF-8 bytes are consumed: the index just after. */
function advanceUtf8(text: string, from: number, bytes: number): number {
  let i = from;
  let left = bytes;
  while (left > 0 && i < text.length) {
    const code = text.codePointAt(i) ?? 0;
    left -= code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    i += code >= 0x10000 ? 2 : 1;
  }
  return i;
}

/** The edits that `rewrite` asks for in the JSON text `payload[start, end)`. */
function jsonEdits(payload: string, start: number, end: number, rewrite: StringRewrite): Edit[] {
  const edits: Edit[] = [];
  let lastKey: string | null = null;
  let previous = '';
  let i = start;
  while (i < end) {
    const c = payload[i];
    if (c !== '"') {
      if (c !== ' ') previous = c;
      i++;
      continue;
    }
    let close = i + 1;
    while (close < end && payload[close] !== '"') close += payload[close] === '\\' ? 2 : 1;
    if (close >= end) throw new Error(`unterminated string at ${i}`);
    const value = JSON.parse(payload.slice(i, close + 1)) as string;
    let after = close + 1;
    while (payload[after] === ' ') after++;
    if (payload[after] === ':') {
      lastKey = value;
    } else {
      const next = rewrite(value, previous === ':' ? lastKey : null);
      if (next !== null && next !== value)
        edits.push({ start: i, end: close + 1, text: JSON.stringify(next) });
    }
    previous = '"';
    i = close + 1;
  }
  return edits;
}

/**
 * The edits `rewrite` asks for in a whole RSC payload (every `[1, "…"]` push of a page, joined).
 * Throws when the text does not read as RSC rows.
 */
export function flightEdits(payload: string, rewrite: StringRewrite): Edit[] {
  const edits: Edit[] = [];
  let i = 0;
  while (i < payload.length) {
    const row = /^([0-9a-f]*):([A-Z]*)/.exec(payload.slice(i, i + 40));
    if (!row) throw new Error(`flight data: no row starts at ${i}: ${payload.slice(i, i + 40)}`);
    const body = i + row[0].length;
    const text = row[2] === 'T' ? /^([0-9a-f]+),/.exec(payload.slice(body, body + 20)) : null;
    if (text) {
      // A text row: its length is given in bytes and it ends without a newline.
      i = advanceUtf8(payload, body + text[0].length, Number.parseInt(text[1], 16));
      continue;
    }
    const newline = payload.indexOf('\n', body);
    const end = newline < 0 ? payload.length : newline;
    edits.push(...jsonEdits(payload, body, end, rewrite));
    i = end + 1;
  }
  return edits;
}

/** Applies non-overlapping edits to `text` (positions in `text`). */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/**
 * Writes a value as JSON that is safe inside an inline `<script>`, escaping as Next.js does
 * (`<`, `>`, `&`, U+2028 and U+2029), so no payload text can close the tag.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const PUSH = /(<script\b(?![^>]*\ssrc=)[^>]*>)self\.__next_f\.push\(([\s\S]*?)\)(<\/script>)/g;

/** A page's `self.__next_f.push([1, text])` tags, in order, with their decoded text. */
function payloadPushes(html: string): { match: RegExpExecArray; text: string }[] {
  const out: { match: RegExpExecArray; text: string }[] = [];
  for (const match of html.matchAll(PUSH)) {
    const args = JSON.parse(match[2]) as unknown[];
    if (args[0] === 1 && typeof args[1] === 'string') out.push({ match, text: args[1] });
  }
  return out;
}

/** A page's whole RSC payload: the text of its `[1, "…"]` pushes, joined. */
export function flightPayload(html: string): string {
  return payloadPushes(html)
    .map((p) => p.text)
    .join('');
}

/**
 * Rewrites the URLs of a page's flight data: every `[1, "…"]` push is decoded, the strings are
 * joined into one payload (a row may span two pushes), edited, and each changed push is written
 * back as script-safe JSON. An edit that would straddle two pushes fails the export.
 */
export function rewriteFlightData(html: string, rewrite: StringRewrite): string {
  const chunks = payloadPushes(html);
  const texts = chunks.map((p) => p.text);
  const payload = texts.join('');
  const edits = flightEdits(payload, rewrite);
  if (edits.length === 0) return html;
  const perChunk: Edit[][] = texts.map(() => []);
  let offset = 0;
  const starts = texts.map((t) => {
    const s = offset;
    offset += t.length;
    return s;
  });
  for (const edit of edits) {
    const k = starts.findLastIndex((s) => s <= edit.start);
    if (edit.end > starts[k] + texts[k].length)
      throw new Error(`flight data: a URL straddles two script tags at ${edit.start}`);
    perChunk[k].push({ ...edit, start: edit.start - starts[k], end: edit.end - starts[k] });
  }
  const replacements = new Map<number, string>();
  chunks.forEach((chunk, k) => {
    if (perChunk[k].length === 0) return;
    const [, open, , close] = chunk.match;
    const text = applyEdits(texts[k], perChunk[k]);
    replacements.set(
      chunk.match.index ?? 0,
      `${open}self.__next_f.push(${scriptSafeJson([1, text])})${close}`,
    );
  });
  let out = '';
  let last = 0;
  for (const { match } of chunks) {
    const at = match.index ?? 0;
    const replacement = replacements.get(at);
    if (replacement === undefined) continue;
    out += html.slice(last, at) + replacement;
    last = at + match[0].length;
  }
  return out + html.slice(last);
}
