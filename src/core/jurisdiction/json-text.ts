// JSON text to a value, or one Issue saying where it stops being JSON: line and column, and what was
// expected there ("a comma or }"), the way an editor would. JSON.parse only says "position 23" (and
// some of its messages say nothing of where), so after it fails a small scanner of the JSON grammar
// (RFC 8259) finds the first place the text goes wrong. Tests hold the scanner to JSON.parse.

import type { Issue } from '../issue';

export type JsonText = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly issue: Issue };

export function parseJsonText(text: string, file: string): JsonText {
  // Editors on Windows may start a UTF-8 file with a byte-order mark.
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    const { offset, problem } = firstJsonError(body);
    const { line, column } = lineAndColumn(body, offset);
    const shown = (body.split(/\r\n|\r|\n/)[line - 1] ?? '').trim();
    return {
      ok: false,
      issue: {
        code: 'CONFIG_NOT_JSON',
        severity: 'error',
        message: `Not valid JSON: ${problem}${shown === '' ? '' : ` in \`${shown.length > 60 ? `${shown.slice(0, 57)}…` : shown}\``}`,
        advice: 'Look there and at the end of the line before it: a missing or extra comma, a missing quote or bracket. An editor that knows the schema (samples/jurisdiction.json names it) marks the place',
        file,
        row: line,
        column: String(column),
      },
    };
  }
}

/** 1-based line and column of a character offset (CRLF counts as one line break). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

class JsonStop {
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {}
}

/** Where the text first stops being JSON, and what was expected there. Only called on invalid text. */
export function firstJsonError(text: string): { offset: number; problem: string } {
  let i = 0;
  const stop = (expected: string): never => {
    const found = i >= text.length ? 'the end of the file' : `"${text[i]}"`;
    throw new JsonStop(i, `expected ${expected}, found ${found}`);
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const literal = (word: string): void => {
    for (const ch of word) {
      if (text[i] !== ch) stop(`"${word}"`);
      i++;
    }
  };
  const string = (): void => {
    i++; // the opening quote
    for (;;) {
      const c = text[i];
      if (c === undefined) stop('a closing quote "');
      if (c === '"') {
        i++;
        return;
      }
      if (c === '\\') {
        i++;
        const e = text[i];
        if (e === 'u') {
          for (let k = 1; k <= 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) {
              i += k;
              stop('four hex digits after \\u');
            }
          }
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else stop('an escape such as \\" or \\n after \\');
      } else if (c !== undefined && c < ' ') stop('a character allowed in text (a line break inside quotes must be written \\n)');
      else i++;
    }
  };
  const number = (): void => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (/[1-9]/.test(text[i] ?? '')) while (/[0-9]/.test(text[i] ?? '')) i++;
    else stop('a digit');
    if (text[i] === '.') {
      i++;
      if (!/[0-9]/.test(text[i] ?? '')) stop('a digit after the decimal point');
      while (/[0-9]/.test(text[i] ?? '')) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!/[0-9]/.test(text[i] ?? '')) stop('a digit in the exponent');
      while (/[0-9]/.test(text[i] ?? '')) i++;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        space();
        if (text[i] !== '"') stop(text[i] === '}' ? 'another "name": value after the comma (or remove the comma)' : 'a "name" in double quotes');
        string();
        space();
        if (text[i] !== ':') stop('a colon : after the name');
        i++;
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else stop('a comma , or a closing }');
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        if (text.slice(i).trimStart().startsWith(']')) {
          space();
          stop('another value after the comma (or remove the comma)');
        }
        value();
        space();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else stop('a comma , or a closing ]');
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || /[0-9]/.test(c ?? '')) return number();
    stop('a value (text in double quotes, a number, true, false, null, { or [)');
  };
  try {
    value();
    space();
    if (i < text.length) stop('nothing more after the end of the JSON');
    // Valid by the grammar yet refused by JSON.parse: cannot happen; say where we are, not nothing.
    return { offset: i, problem: 'the text is not JSON' };
  } catch (e) {
    if (e instanceof JsonStop) return { offset: e.offset, problem: e.problem };
    throw e;
  }
}
