// Splitting a draft into independently parseable chunks, so an editor can re-parse only the paragraph that changed.

/**
 * Split `source` at blank lines where CommonMark guarantees nothing carries over: the next line starts at
 * column 0 (an indented line could continue a list item) and is not `---` or `+++` (alone it would open front
 * matter), and no fence, HTML block, or front matter is open.
 * Link reference and footnote definitions act at a distance, so a draft with any of them is one chunk.
 *
 * @param source
 *   The whole document.
 * @returns
 *   `[start, end)` ranges covering the document in order.
 */
export function splitChunks(source: string): Array<[number, number]> {
  if (hasDefinition(source)) return [[0, source.length]];
  const lines: Array<[number, number]> = [];
  const lineBreak = /\r\n|\r|\n/g;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = lineBreak.exec(source)) !== null) {
    lines.push([from, m.index + m[0].length]);
    from = m.index + m[0].length;
  }
  if (from < source.length) lines.push([from, source.length]);

  const text = (i: number): string => source.slice(lines[i][0], lines[i][1]).replace(/\r?\n$|\r$/, '');
  const chunks: Array<[number, number]> = [];
  let chunkStart = 0;
  let i = 0;
  // Front matter runs to its closing fence, blank lines and all.
  const fm = lines.length > 0 ? /^(---|\+\+\+)\s*$/.exec(text(0)) : null;
  if (fm) {
    let j = 1;
    while (j < lines.length && text(j).trimEnd() !== fm[1]) j++;
    if (j >= lines.length) return [[0, source.length]];
    i = j + 1;
  }
  let fence: RegExp | undefined;
  let htmlEnd: RegExp | undefined;
  let previousBlank = false;
  for (; i < lines.length; i++) {
    const line = text(i);
    // (Blank as CommonMark reads it: spaces and tabs only. JavaScript's trim() also takes a line of U+FEFF or a
    // no-break space for blank, and split a paragraph there: "a\n\uFEFF\nx" is one paragraph, and its chunks had
    // mapped a finding after it three characters early; fuzz seed 674178938, session 42.)
    const blank = /^[ \t]*$/.test(line);
    if (fence) {
      if (fence.test(line)) fence = undefined;
      previousBlank = false;
      continue;
    }
    if (htmlEnd) {
      if (htmlEnd.test(line)) htmlEnd = undefined;
      previousBlank = false;
      continue;
    }
    // (Not before "---" or "+++": parsed alone, a chunk opening with one would read as front matter.)
    if (previousBlank && !blank && /^[^\s]/.test(line) && lines[i][0] > chunkStart && !/^(?:---|\+\+\+)\s*$/.test(line)) {
      chunks.push([chunkStart, lines[i][0]]);
      chunkStart = lines[i][0];
    }
    const open = /^\s*(`{3,}|~{3,})/.exec(line);
    if (open && !(open[1][0] === '`' && line.slice(line.indexOf(open[1]) + open[1].length).includes('`'))) {
      fence = new RegExp(`^\\s*\\${open[1][0]}{${open[1].length},}\\s*$`);
    }
    else htmlEnd = htmlBlockEnd(line);
    previousBlank = blank;
  }
  chunks.push([chunkStart, source.length]);
  return chunks;
}

const definitionStart = /^[ \t]{0,3}\[[^\]\n]*\]:/m;

/**
 * Whether a line opens with what may be a link reference or footnote definition (`[label]:`, up to three spaces in).
 * The pattern runs only on the text before each "]:" back to the line's start or the "]" before it (where its label
 * would begin), not at every position of the draft, and never twice on the same text.
 */
function hasDefinition(source: string): boolean {
  let from = 0;
  let lineStart = 0;
  let nextBreak = source.indexOf('\n');
  for (let at = source.indexOf(']:'); at >= 0; at = source.indexOf(']:', at + 1)) {
    while (nextBreak >= 0 && nextBreak < at) {
      lineStart = nextBreak + 1;
      nextBreak = source.indexOf('\n', lineStart);
    }
    // (Its label holds no "]" and no line break: it starts after both.)
    if (definitionStart.test(source.slice(Math.max(lineStart, from), at + 2))) return true;
    from = at + 1;
  }
  return false;
}

/** For an HTML block that may hold blank lines (CommonMark types 1–5), the pattern of its last line. */
function htmlBlockEnd(line: string): RegExp | undefined {
  const start = /^\s*<(script|pre|style|textarea|!--|\?|![A-Za-z]|!\[CDATA\[)/i.exec(line);
  if (!start) return undefined;
  const kind = start[1].toLowerCase();
  const end =
    kind === '!--' ? /-->/ : kind === '?' ? /\?>/ : kind === '![cdata[' ? /\]\]>/ : kind.startsWith('!') ? />/ : new RegExp(`</${kind}>`, 'i');
  // Closed on the same line: nothing stays open.
  const rest = line.slice(line.indexOf('<') + 1 + kind.length);
  return end.test(rest) ? undefined : end;
}
