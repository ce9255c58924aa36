import { describe, expect, it } from 'vitest';
import { JsonArrayItems } from './json-array';

const tricky = '\uFEFF [ {"a":"x\\"]},[{","b":[1,{"c":"\\\\"}]} ,\n"s\\\\\\"",12.5e3 ,true,null,[],{}, -0 ]\n';

function cut(text: string, at: number[]): unknown[] {
  const items = new JsonArrayItems();
  const out: unknown[] = [];
  let from = 0;
  for (const to of [...at, text.length]) {
    out.push(...items.push(text.slice(from, to)));
    from = to;
  }
  items.end();
  return out;
}

describe('JsonArrayItems', () => {
  it('reads the items of an array wherever the pieces break, escapes and brackets in strings included', () => {
    const expected = JSON.parse(tricky.slice(1)) as unknown[];
    for (let i = 0; i <= tricky.length; i++) {
      for (const j of [i, Math.min(tricky.length, i + 1), Math.min(tricky.length, i + 7)]) {
        expect(cut(tricky, [i, j]), `pieces at ${i} and ${j}`).toEqual(expected);
      }
    }
  });

  it('reads an empty array', () => {
    expect(cut(' [ ] ', [2])).toEqual([]);
  });

  it('refuses what JSON does not allow around the items', () => {
    expect(() => cut('[{"a":1},]', [])).toThrow('a comma before the closing "]", after item 0');
    expect(() => cut('[{"a":1} {"a":2}]', [])).toThrow('expected "," or "]" after item 0, found "{"');
    expect(() => cut('[{"a":1}] x', [])).toThrow('unexpected "x" after the closing "]"');
    expect(() => cut('[{"a":1},{"a":', [])).toThrow('the text ends before the array is closed, after 1 items');
    expect(() => cut('{"a":1}', [])).toThrow('expected "[" at the start, found "{"');
    expect(() => cut('[{"a":1},{"a":2,}]', [])).toThrow(/^item 1: /);
  });
});
