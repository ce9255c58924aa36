import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, readExample } from './load';

const folder = join(examplesDir, 'integrity-ranger');
const legalBasis = readFileSync(join(folder, 'LEGAL-BASIS.md'), 'utf8');

/** A place a claim is made: `file#/pointer`: "phrase the Indonesian text contains". */
interface Place {
  claim: string;
  file: string;
  pointer: string;
  phrase: string;
}

/** The claims of LEGAL-BASIS.md: each `### Ln.` section, its text and its places. */
function claims(markdown: string): Array<{ heading: string; body: string; places: Place[] }> {
  return markdown
    .split(/^### /m)
    .slice(1)
    .map((section) => {
      const heading = section.split('\n', 1)[0]!;
      const places = [...section.matchAll(/^\s*- `([^`#]+\.json)#([^`]*)`: "(.+)"\s*$/gm)].map(([, file, pointer, phrase]) => ({ claim: heading, file: file!, pointer: pointer!, phrase: phrase! }));
      return { heading, body: section, places };
    });
}

/** The value a JSON pointer (RFC 6901) leads to, or undefined. */
function at(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let value: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Every text of the course in both languages (`{ id, en }`), with its pointer in its own file. */
function texts(node: unknown, pointer = ''): Array<{ pointer: string; id: string }> {
  if (Array.isArray(node)) return node.flatMap((item, i) => texts(item, `${pointer}/${i}`));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  if (typeof record.id === 'string' && typeof record.en === 'string') return [{ pointer, id: record.id }];
  return Object.entries(record).flatMap(([key, value]) => (key === 'notes' ? [] : texts(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`)));
}

// The course files an author edits; parcel-lebaran.course.json is generated from scenarios/parcel-lebaran.json.
const courseFiles = ['course.json', ...['modules', 'scenarios'].flatMap((dir) => readdirSync(join(folder, dir)).filter((f) => f.endsWith('.json')).map((f) => `${dir}/${f}`))];
const CITATION = /\b(Pasal \d|UU No\.|UU Tipikor|Perpres|Peraturan KPK|KUHP|PP No\.)/;
const all = claims(legalBasis);
const places = all.flatMap((c) => c.places);

describe('LEGAL-BASIS.md of Integrity Ranger', () => {
  it('lists claims, each with its basis, sources, a check date of 2026-12-04 and at least one place', () => {
    expect(all.length).toBeGreaterThanOrEqual(20);
    for (const claim of all) {
      expect(claim.body, claim.heading).toMatch(/^- \*\*Basis:\*\* /m);
      expect(claim.body, claim.heading).toMatch(/^- \*\*Sources:\*\* /m);
      expect(claim.body, claim.heading).toMatch(/^- \*\*Checked:\*\* as of 2026-12-04; confidence /m);
      expect(claim.places.length, claim.heading).toBeGreaterThan(0);
    }
  });

  it('points at texts of the course that still say what the claim quotes', () => {
    const drifted = places.flatMap(({ claim, file, pointer, phrase }) => {
      const value = at(readExample(`integrity-ranger/${file}`), pointer);
      if (value === undefined) return [`${claim}: ${file}#${pointer} does not exist`];
      const id = (value as { id?: unknown }).id;
      if (typeof id !== 'string' || typeof (value as { en?: unknown }).en !== 'string') return [`${claim}: ${file}#${pointer} is not a text in Indonesian and English`];
      if (id.includes(phrase)) return [];
      const moved = texts(readExample(`integrity-ranger/${file}`)).find((t) => t.id.includes(phrase));
      return [`${claim}: ${file}#${pointer} no longer says "${phrase}"${moved ? `; it is now at ${moved.pointer}` : ''}`];
    });
    expect(drifted).toEqual([]);
  });

  it('accounts for every learner-facing text that cites a law', () => {
    const listed = new Set(places.map((p) => `${p.file}#${p.pointer}`));
    const unlisted = courseFiles.flatMap((file) =>
      texts(readExample(`integrity-ranger/${file}`))
        .filter((t) => CITATION.test(t.id) && !listed.has(`${file}#${t.pointer}`))
        .map((t) => `${file}#${t.pointer}`),
    );
    expect(unlisted).toEqual([]);
  });

  it('fails on a pointer that leads nowhere and on a phrase the text no longer has', () => {
    const broken = claims('### X1. A claim\n- `course.json#/questionBanks/9/prompt`: "anything"\n- `course.json#/title`: "not in the title"\n');
    expect(broken[0]!.places.map((p) => at(readExample(`integrity-ranger/${p.file}`), p.pointer))).toEqual([undefined, expect.objectContaining({ id: expect.not.stringContaining('not in the title') })]);
  });
});
