/**
 * What a reader can be given: text already decoded, the bytes of a whole file, or a stream of either
 * (a browser `File.stream()`, a Node read stream). Streams are decoded piece by piece so that a file of
 * any size passes through in bounded memory.
 */
export type ByteSource = string | Uint8Array | AsyncIterable<Uint8Array | string>;

export interface DecodeEvents {
  /** Bytes that are not UTF-8 were met; `at` is the index in `text` of the first one (shown as U+FFFD). */
  onInvalidUtf8(text: string, at: number): void;
  /** The bytes are UTF-16 (byte order mark or zero bytes around the first `<`), which is not read. */
  onUtf16(): void;
  onProgress?: ((bytesRead: number) => void) | undefined;
}

/** Large inputs are handed on in slices of this many bytes or characters, so progress and callbacks keep pace. */
const SLICE = 1 << 20;
const REPLACEMENT = '\uFFFD';

/** The text of a UTF-8 source in order, without its byte order mark. */
export async function* decodeUtf8(source: ByteSource, events: DecodeEvents): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let bytesRead = 0;
  let first = true;
  let invalidSeen = false;
  let refused = false;

  function* fromBytes(bytes: Uint8Array): Generator<string> {
    for (let start = 0; start < bytes.length; start += SLICE) {
      const slice = bytes.subarray(start, Math.min(bytes.length, start + SLICE));
      if (first) {
        first = false;
        if (isUtf16(slice)) {
          refused = true;
          events.onUtf16();
          return;
        }
      }
      const text = decoder.decode(slice, { stream: true });
      bytesRead += slice.length;
      if (!invalidSeen) {
        const at = text.indexOf(REPLACEMENT);
        // U+FFFD written in the file (EF BF BD) is genuine text; only undecodable bytes are a fault.
        if (at >= 0 && !hasEncodedReplacement(slice)) {
          invalidSeen = true;
          events.onInvalidUtf8(text, at);
        }
      }
      events.onProgress?.(bytesRead);
      if (text) yield text;
    }
  }

  function* fromText(text: string): Generator<string> {
    if (first) {
      first = false;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    for (let start = 0; start < text.length; start += SLICE) {
      bytesRead += Math.min(SLICE, text.length - start);
      events.onProgress?.(bytesRead);
      yield text.slice(start, start + SLICE);
    }
  }

  function* flush(): Generator<string> {
    const rest = decoder.decode();
    if (rest) {
      if (!invalidSeen && rest.includes(REPLACEMENT)) {
        invalidSeen = true;
        events.onInvalidUtf8(rest, rest.indexOf(REPLACEMENT));
      }
      yield rest;
    }
  }

  if (typeof source === 'string') {
    yield* fromText(source);
    return;
  }
  if (source instanceof Uint8Array) {
    yield* fromBytes(source);
    if (!refused) yield* flush();
    return;
  }
  let pendingBytes = false;
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      if (pendingBytes) yield* flush();
      pendingBytes = false;
      yield* fromText(chunk);
    } else {
      yield* fromBytes(chunk);
      if (refused) return;
      pendingBytes = true;
    }
  }
  if (pendingBytes) yield* flush();
}

function isUtf16(bytes: Uint8Array): boolean {
  const [a, b] = [bytes[0], bytes[1]];
  return (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff) || (a === 0x3c && b === 0x00) || (a === 0x00 && b === 0x3c);
}

function hasEncodedReplacement(bytes: Uint8Array): boolean {
  for (let i = bytes.indexOf(0xef); i >= 0 && i < bytes.length - 2; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) return true;
  }
  return false;
}
