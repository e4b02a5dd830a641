// Strict JSON parser that reports where a syntax error is (JSON.parse in Node 20 often gives no position).

/** A JSON syntax error at `offset` (UTF-16 units into the text). */
export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

// Bounds nesting so a hostile config cannot overflow the stack.
const maxDepth = 256;

/**
 * Parse RFC 8259 JSON. Object keys are defined as own properties, so `"__proto__"` is plain data.
 *
 * @param text
 *   The JSON text (a leading byte-order mark is the caller's business).
 * @throws {JsonSyntaxError}
 *   With the offset of the first offending character.
 */
export function parseJson(text: string): unknown {
  let i = 0;

  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, at);
  };
  const describe = (at: number) => {
    if (at >= text.length) return 'end of file';
    // Editors accept JSONC, so comments are the likeliest mistake in a hand-written config.
    if (text.startsWith('//', at) || text.startsWith('/*', at)) return 'a comment (JSON does not allow comments)';
    return `"${text[at]}"`;
  };
  const skipSpace = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const expect = (char: string) => {
    if (text[i] !== char) fail(`expected "${char}" but found ${describe(i)}`);
    i++;
  };

  const value = (depth: number): unknown => {
    if (depth > maxDepth) fail(`nesting deeper than ${maxDepth} levels`);
    skipSpace();
    const c = text[i];
    if (c === '{') return object(depth);
    if (c === '[') return array(depth);
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    for (const [word, result] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return result;
      }
    }
    return fail(`unexpected ${describe(i)}; expected a value`);
  };

  const object = (depth: number) => {
    const result: Record<string, unknown> = {};
    i++;
    skipSpace();
    if (text[i] === '}') {
      i++;
      return result;
    }
    for (;;) {
      skipSpace();
      if (text[i] !== '"') fail(`expected a property name in double quotes but found ${describe(i)}`);
      const key = string();
      skipSpace();
      expect(':');
      Object.defineProperty(result, key, {value: value(depth + 1), enumerable: true, writable: true, configurable: true});
      skipSpace();
      if (text[i] === ',') {
        i++;
        skipSpace();
        if (text[i] === '}') fail('trailing comma before "}"');
        continue;
      }
      if (text[i] === '}') {
        i++;
        return result;
      }
      fail(`expected "," or "}" but found ${describe(i)}`);
    }
  };

  const array = (depth: number) => {
    const result: unknown[] = [];
    i++;
    skipSpace();
    if (text[i] === ']') {
      i++;
      return result;
    }
    for (;;) {
      result.push(value(depth + 1));
      skipSpace();
      if (text[i] === ',') {
        i++;
        skipSpace();
        if (text[i] === ']') fail('trailing comma before "]"');
        continue;
      }
      if (text[i] === ']') {
        i++;
        return result;
      }
      fail(`expected "," or "]" but found ${describe(i)}`);
    }
  };

  const string = () => {
    const start = i;
    i++;
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const code = text.charCodeAt(i);
      if (code === 0x22) break;
      if (code < 0x20) fail('control character in string (use \\n or \\t)');
      if (code === 0x5c) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape');
          i += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) fail('bad escape in string');
        i += 2;
        continue;
      }
      i++;
    }
    i++;
    // The slice is known-valid JSON here, so JSON.parse only does the unescaping.
    return JSON.parse(text.slice(start, i)) as string;
  };

  const number = () => {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = i;
    const found = match.exec(text);
    if (!found) return fail('bad number');
    i += found[0].length;
    return Number(found[0]);
  };

  const result = value(0);
  skipSpace();
  if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
  return result;
}
