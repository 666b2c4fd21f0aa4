/**
 * Reads the target of an HTTP request ("/ko/desktop/?q=code") as the file path it names under the site's base path,
 * for scripts/serve.mjs. Pure string work: the server then looks the segments up on disk under its root.
 *
 * Browsers percent-encode everything outside printable ASCII and remove "." and ".." segments before sending, so a
 * target that still has them was written by hand; it is refused rather than repaired, since repairing is where
 * traversal bugs live. The segments that come back are decoded exactly once and can never climb out of the root.
 */

/** Longer targets are refused; the site's longest URL is under 100 characters. */
export const maxTargetLength = 2048;

export type RequestTarget =
  /** `segments` are decoded path segments under the base; `directory` is true when the path ended with "/". */
  | { segments: string[]; directory: boolean; query: string }
  /** 400: malformed, or something no browser sends. 404: well formed, but outside the base path. */
  | { status: 400 | 404 };

/** Printable ASCII only: no spaces, control characters, NUL or raw bytes above 0x7e. */
const printableAscii = /^[\x21-\x7e]*$/;
/** A "%" not followed by two hexadecimal digits. */
const brokenPercent = /%(?![0-9a-f]{2})/i;
/** What a decoded segment may not contain: path separators (either kind) and control characters. */
const forbiddenInSegment = /[/\\\x00-\x1f\x7f]/;

/**
 * Decodes one path segment, or returns undefined when it is malformed: bad percent-encoding, bytes that are not UTF-8
 * (overlong forms such as %c0%ae, lone surrogates such as %ed%a0%80; decodeURIComponent throws on both), a separator
 * or control character once decoded (%2f, %5c, %00), or a "." or ".." segment written plainly or encoded.
 */
export function decodeSegment(raw: string): string | undefined {
  if (brokenPercent.test(raw)) return undefined;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  if (forbiddenInSegment.test(decoded) || decoded === '.' || decoded === '..') return undefined;
  return decoded;
}

/** What `target` (the request line's target, as Node's `request.url` gives it) names under `base` ("/" or "/guide/"). */
export function readRequestTarget(target: string, base: string): RequestTarget {
  // Origin-form only: the absolute form ("http://evil.example/"), "*" and "host:port" are for proxies.
  if (target.length > maxTargetLength || !target.startsWith('/') || !printableAscii.test(target)) return { status: 400 };
  const queryAt = target.indexOf('?');
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  const query = queryAt === -1 ? '' : target.slice(queryAt);
  if (path.includes('#') || query.includes('#')) return { status: 400 };
  if (!path.startsWith(base)) return { status: 404 };
  const rest = path.slice(base.length);
  const directory = rest === '' || rest.endsWith('/');
  const rawSegments = rest === '' ? [] : (directory ? rest.slice(0, -1) : rest).split('/');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    const decoded = decodeSegment(raw);
    // An empty segment ("//") names no file and no link of the site has one; refusing it also keeps paths such as
    // "//evil.example/" out of any Location header, where they would mean another host.
    if (decoded === undefined || decoded === '') return { status: 400 };
    segments.push(decoded);
  }
  return { segments, directory, query };
}

/** The canonical path of `segments` under `base`, always starting with exactly one "/" (safe for a Location header). */
export function pathFor(base: string, segments: string[], directory: boolean): string {
  const path = segments.map(encodeURIComponent).join('/');
  return `${base}${path}${directory && path ? '/' : ''}`;
}

/** A base path as the server uses it: "/" or "/some/path/". Throws on anything else, naming the setting to fix. */
export function normaliseBase(base: string): string {
  const withSlashes = `/${base}/`.replace(/^\/+/, '/').replace(/\/+$/, '/');
  if (withSlashes.includes('//') || !printableAscii.test(withSlashes) || withSlashes.split('/').some((s) => s === '.' || s === '..')) {
    throw new Error(`Base path ${JSON.stringify(base)} is not a path like "/" or "/guide/": fix BASE_PATH or the base option of startServer.`);
  }
  return withSlashes;
}
