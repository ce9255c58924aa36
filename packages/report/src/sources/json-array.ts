/**
 * Reads one JSON array arriving in pieces and gives its items as they complete, holding only the
 * piece being read and the item that runs on from it. Each item's end is found by one pass that
 * skips strings and counts brackets; JSON.parse (native, as for an NDJSON line) parses the item and
 * decides whether it is valid. A streaming tokenizer in JavaScript (stream-json) read the same
 * exports several times slower than NDJSON (docs/architecture.md).
 *
 * @example
 * const items = new JsonArrayItems();
 * items.push('[{"id":"a"},{"i'); // [{ id: 'a' }]
 * items.push('d":"b"}]'); // [{ id: 'b' }]
 * items.end(); // throws when the array was not closed
 */
export class JsonArrayItems {
  private text = '';
  /** The current item's text in earlier pieces. */
  private carry = '';
  /** Where scanning goes on in `text`. */
  private at = 0;
  /** Where the current item starts in `text`, or -1 outside an item. */
  private start = -1;
  /** What comes next: "[", the first item or "]", an item, "," or "]", an item after a comma, or nothing. */
  private state: 'open' | 'first' | 'item' | 'after' | 'following' | 'closed' = 'open';
  private depth = 0;
  private inString = false;
  private escaped = false;

  /** Items completed so far. */
  count = 0;

  /** Adds the next piece of text; returns the items it completes, parsed, in order. */
  push(piece: string): unknown[] {
    // Items are cut from the piece itself (JSON.parse is fastest on a slice of a flat string); only
    // an item that runs on from the previous piece is joined from the two.
    if (this.start >= 0) {
      this.carry += this.text.slice(this.start);
      this.start = 0;
    }
    this.text = piece;
    this.at = 0;
    const items: unknown[] = [];
    const text = this.text;
    const length = text.length;
    while (this.at < length) {
      if (this.state === 'item') {
        if (!this.scanItem(text, length)) break;
        const itemText = this.carry === '' ? text.slice(this.start, this.at) : this.carry + text.slice(this.start, this.at);
        this.carry = '';
        try {
          items.push(JSON.parse(itemText));
        } catch (error) {
          throw new SyntaxError(`item ${this.count}: ${(error as Error).message}`);
        }
        this.count++;
        this.start = -1;
        this.state = 'after';
        continue;
      }
      const c = text.charCodeAt(this.at);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || (c === 0xfeff && this.state === 'open' && this.at === 0)) {
        this.at++;
        continue;
      }
      const found = JSON.stringify(text[this.at]);
      switch (this.state) {
        case 'open':
          if (c !== 0x5b /* [ */) throw new SyntaxError(`expected "[" at the start, found ${found}`);
          this.at++;
          this.state = 'first';
          break;
        case 'first':
          if (c === 0x5d /* ] */) {
            this.at++;
            this.state = 'closed';
          } else this.beginItem();
          break;
        case 'after':
          if (c === 0x2c /* , */) {
            this.at++;
            this.state = 'following';
          } else if (c === 0x5d /* ] */) {
            this.at++;
            this.state = 'closed';
          } else throw new SyntaxError(`expected "," or "]" after item ${this.count - 1}, found ${found}`);
          break;
        case 'following':
          if (c === 0x5d /* ] */) throw new SyntaxError(`a comma before the closing "]", after item ${this.count - 1}`);
          this.beginItem();
          break;
        default:
          throw new SyntaxError(`unexpected ${found} after the closing "]"`);
      }
    }
    return items;
  }

  /** Ends the text: throws when the array was not closed. */
  end(): void {
    if (this.state !== 'closed') throw new SyntaxError(this.state === 'open' ? 'the text has no array' : `the text ends before the array is closed, after ${this.count} items`);
  }

  private beginItem(): void {
    this.start = this.at;
    this.state = 'item';
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
  }

  /** Scans the current item; true when it ended (at `this.at`, just past it). */
  private scanItem(text: string, length: number): boolean {
    // One tight loop over the characters: a call per string (indexOf for its closing quote) costs
    // more than it saves when, as in statements, most strings are a few characters long.
    let at = this.at;
    let depth = this.depth;
    let inString = this.inString;
    let escaped = this.escaped;
    for (; at < length; at++) {
      const c = text.charCodeAt(at);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c /* \ */) escaped = true;
        else if (c === 0x22 /* " */) {
          inString = false;
          if (depth === 0) break;
        }
      } else if (c === 0x22 /* " */) {
        inString = true;
      } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
        depth++;
      } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
        if (depth === 0) {
          // A number, true, false or null ends at the array's "]".
          at--;
          break;
        }
        if (--depth === 0) break;
      } else if (depth === 0 && (c === 0x2c /* , */ || isSpace(c))) {
        at--;
        break;
      }
    }
    this.depth = depth;
    this.inString = inString;
    this.escaped = escaped;
    if (at >= length) {
      this.at = length;
      return false;
    }
    this.at = at + 1;
    return true;
  }

}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
