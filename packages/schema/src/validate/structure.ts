import { coreSchema } from '../schema/generated/core-schema';
import { validate as compiled, type CompiledError } from '../schema/generated/validate-course';
import { CODES } from './codes';
import type { Issue } from './diagnostic';
import { defsAt, label, objectDefAt } from './labels';
import { fromPointer, parentPointer } from './pointer';
import { didYouMean, nearest } from './suggest';
import { branchTag, definition, indexCourse, isRecord, type CourseIndex } from './walk';

/**
 * Checks a course against the JSON Schema with the precompiled validator (no `eval`), and turns
 * each schema error into an issue that says what, where and how to fix.
 *
 * @example structuralIssues({ schemaVersion: '1.0' })[0].code // 'CK010'
 */
export function structuralIssues(course: unknown): Issue[] {
  if (compiled(course)) return [];
  const errors = compiled.errors ?? [];
  const index = indexCourse(course);
  const issues: Issue[] = [];
  const required = new Set(errors.filter((e) => e.keyword === 'required').map((e) => e.instancePath));
  for (const error of errors) {
    const issue = toIssue(error, course, index, required);
    if (issue !== undefined) issues.push(issue);
  }
  return issues;
}

function valueAt(root: unknown, pointer: string): unknown {
  let value = root;
  for (const key of fromPointer(pointer)) {
    if (Array.isArray(value)) value = value[Number(key)];
    else if (isRecord(value)) value = value[key];
    else return undefined;
  }
  return value;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value);
  const shown = text.length > 40 ? text.slice(0, 37) + '…' : text;
  return `${typeof value === 'number' ? 'a number' : typeof value === 'boolean' ? 'a boolean' : 'a string'} (${shown})`;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  null: 'null',
};

function name(pointer: string): string {
  const keys = fromPointer(pointer);
  const last = keys[keys.length - 1];
  if (last === undefined) return 'the course';
  if (/^[0-9]+$/.test(last)) return `item ${Number(last) + 1} of "${keys[keys.length - 2] ?? ''}"`;
  return `"${last}"`;
}

const TAG_UNIONS = ['Block', 'Question', 'ScenarioNode'] as const;

function toIssue(error: CompiledError, course: unknown, index: CourseIndex, required: Set<string>): Issue | undefined {
  const pointer = error.instancePath;
  const params = error.params;
  const value = valueAt(course, pointer);
  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const def = objectDefAt(index, pointer);
      const present = isRecord(value) ? Object.keys(value) : [];
      const typo = nearest(missing, present.filter((key) => !hasProperty(def, key)));
      return {
        code: CODES.missingProperty,
        pointer,
        message: `${label(def)} needs "${missing}"`,
        hint: typo !== undefined ? `"${typo}" looks like a misspelling of "${missing}"` : `add ${JSON.stringify(missing)}: ${skeleton(propertySchema(def, missing))}`,
      };
    }
    case 'additionalProperties': {
      const extra = String(params.additionalProperty);
      const def = objectDefAt(index, pointer);
      const allowed = Object.keys((definition(def ?? '')?.properties as object | undefined) ?? (def === 'Course' ? courseProperties() : {}));
      const hint = didYouMean(extra, allowed, 12);
      return {
        code: CODES.unknownProperty,
        pointer: pointer + '/' + extra.replace(/~/g, '~0').replace(/\//g, '~1'),
        at: 'key',
        message: `${label(def)} has no property "${extra}"`,
        ...(hint !== undefined ? { hint } : {}),
      };
    }
    case 'type': {
      // 1e400 parses as Infinity, which no schema type accepts and JSON.stringify writes as null.
      if (typeof value === 'number' && !Number.isFinite(value)) {
        return { code: CODES.outOfRange, pointer, message: `${name(pointer)} is too large a number: it reads as ${value}, which a package cannot hold`, hint: 'write the number as it is meant, such as 80 or 0.8' };
      }
      const defs = defsAt(index, pointer);
      const localized = defs.includes('LocalizedText') || defs.includes('LocalizedMarkdown');
      const expected = localized
        ? 'a string, or an object from language tag to text'
        : String(params.type).split(',').map((t) => TYPE_WORDS[t] ?? t).join(' or ');
      return {
        code: CODES.wrongType,
        pointer,
        message: `${name(pointer)} must be ${expected}, not ${describe(value)}`,
        ...(localized ? { hint: localizedHint(course) } : typeHint(String(params.type), value)),
      };
    }
    case 'const':
      if (pointer === '/schemaVersion') {
        return { code: CODES.schemaVersion, pointer, message: `schemaVersion ${JSON.stringify(value)} is not supported; this version of CourseKit reads "1.0"`, hint: 'see docs/course-format/versioning.md for how to migrate a course between format versions' };
      }
      return { code: CODES.notAllowed, pointer, message: `${name(pointer)} must be ${JSON.stringify(params.allowedValue)}, not ${describe(value)}` };
    case 'enum': {
      // A union's list of types is for editors; the discriminator error below reports a wrong type once.
      if (pointer.endsWith('/type') && TAG_UNIONS.some((u) => defsAt(index, pointer.slice(0, -'/type'.length)).includes(u))) return undefined;
      const allowed = (params.allowedValues as unknown[]).map((v) => String(v));
      const hint = typeof value === 'string' ? didYouMean(value, allowed, 12) : `expected one of ${allowed.join(', ')}`;
      const shown = value !== null && typeof value === 'object' ? describe(value) : JSON.stringify(value);
      return { code: CODES.notAllowed, pointer, message: `${name(pointer)} cannot be ${shown}`, ...(hint !== undefined ? { hint } : {}) };
    }
    case 'discriminator': {
      if (params.error === 'tag' && required.has(pointer)) return undefined;
      const union = TAG_UNIONS.find((u) => defsAt(index, pointer).includes(u)) ?? 'Block';
      const word = union === 'Block' ? 'block' : union === 'Question' ? 'question' : 'scenario node';
      const tags = tagsOf(union);
      const tagValue = isRecord(value) ? value.type : undefined;
      if (typeof tagValue !== 'string') {
        return { code: CODES.wrongType, pointer: pointer + '/type', message: `the ${word} "type" must be a string, not ${describe(tagValue)}`, hint: `expected one of ${tags.map((t) => `"${t}"`).join(', ')}` };
      }
      return { code: CODES.unknownType, pointer: pointer + '/type', message: `unknown ${word} type "${tagValue}"`, hint: unknownTypeHint(union, tagValue, tags) };
    }
    case 'pattern':
      if ((error as { propertyName?: string }).propertyName !== undefined) return undefined;
      return { code: CODES.badFormat, pointer, ...patternMessage(index, pointer, value) };
    case 'propertyNames': {
      const key = String(params.propertyName);
      const hint = /^[A-Z]{2,3}$/.test(key) ? `language tags are lowercase: "${key.toLowerCase()}"` : 'use BCP 47 language tags such as "id", "en" or "en-GB"';
      return { code: CODES.badFormat, pointer: pointer + '/' + key.replace(/~/g, '~0').replace(/\//g, '~1'), at: 'key', message: `"${key}" is not a language tag`, hint };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const limit = Number(params.limit);
      const words: Record<string, string> = { minimum: 'at least', maximum: 'at most', exclusiveMinimum: 'more than', exclusiveMaximum: 'less than' };
      return { code: CODES.outOfRange, pointer, message: `${name(pointer)} is ${String(value)}; it must be ${words[error.keyword]} ${limit}` };
    }
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties': {
      const limit = Number(params.limit);
      const count = Array.isArray(value) ? value.length : isRecord(value) ? Object.keys(value).length : 0;
      const unit = error.keyword.endsWith('Items') ? (limit === 1 ? 'item' : 'items') : limit === 1 ? 'language' : 'languages';
      const bound = error.keyword.startsWith('min') ? 'at least' : 'at most';
      return { code: CODES.wrongCount, pointer, message: `${name(pointer)} has ${count} ${count === 1 ? unit.replace(/s$/, '') : unit.replace(/([^s])$/, '$1s')}; it needs ${bound} ${limit}` };
    }
    case 'minLength':
    case 'maxLength': {
      const limit = Number(params.limit);
      const length = typeof value === 'string' ? [...value].length : 0;
      const bound = error.keyword === 'minLength' ? 'at least' : 'at most';
      return { code: CODES.wrongLength, pointer, message: `${name(pointer)} has ${length} characters; it needs ${bound} ${limit}` };
    }
    case 'uniqueItems': {
      // Ajv scans from the end, so which of i and j is the later item varies.
      const first = Math.min(Number(params.i), Number(params.j));
      const second = Math.max(Number(params.i), Number(params.j));
      const item = Array.isArray(value) ? value[second] : undefined;
      return { code: CODES.duplicateItem, pointer: `${pointer}/${second}`, message: `${JSON.stringify(item)} is listed twice in ${name(pointer)} (items ${first + 1} and ${second + 1})`, hint: 'remove one of them' };
    }
    case 'if':
    case 'oneOf':
      // The branch the `if` or the discriminator selected reported its own errors.
      return undefined;
    default:
      return { code: CODES.schemaOther, pointer, message: `${name(pointer)} breaks the schema rule "${error.keyword}" (${JSON.stringify(params)})` };
  }
}

/** The schema of property `key` of definition `def` (the course itself when `def` is "Course"). */
function propertySchema(def: string | undefined, key: string): Record<string, unknown> | undefined {
  const properties = (def === 'Course' ? coreSchema.properties : definition(def ?? '')?.properties) as Record<string, Record<string, unknown>> | undefined;
  return properties?.[key];
}

/** The shape of a value to write, from its schema: `"…"`, `[ … ]`, `{ … }`, a number or true/false. */
function skeleton(schema: Record<string, unknown> | undefined): string {
  if (schema === undefined) return '…';
  if ('const' in schema) return JSON.stringify(schema.const);
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).map((v) => JSON.stringify(v)).join(' or ');
  const ref = typeof schema.$ref === 'string' ? schema.$ref.replace('#/$defs/', '') : undefined;
  if (ref === 'LocalizedText' || ref === 'LocalizedMarkdown') return '"…" (or one text per language: { "id": "…", "en": "…" })';
  if (ref === 'Id') return '"an-id"';
  if (ref !== undefined) return skeleton(definition(ref));
  const type = Array.isArray(schema.type) ? String(schema.type[0]) : String(schema.type ?? '');
  if (type === 'array') return '[ … ]';
  if (type === 'object') return '{ … }';
  if (type === 'string') return '"…"';
  if (type === 'number' || type === 'integer') return 'a number';
  if (type === 'boolean') return 'true or false';
  return '…';
}

/** How to write a localisable text, with the course's own languages. */
function localizedHint(course: unknown): string {
  const declared = isRecord(course) && Array.isArray(course.languages) ? course.languages.filter((l): l is string => typeof l === 'string') : [];
  const languages = declared.length > 0 ? declared : ['id', 'en'];
  return `write the text in quotes, or one text per language: { ${languages.map((l) => `"${l}": "…"`).join(', ')} }`;
}

function hasProperty(def: string | undefined, key: string): boolean {
  const properties = def === 'Course' ? courseProperties() : (definition(def ?? '')?.properties as object | undefined);
  return properties !== undefined && Object.prototype.hasOwnProperty.call(properties, key);
}

function courseProperties(): object {
  return COURSE_PROPERTIES;
}

const COURSE_PROPERTIES = Object.fromEntries(['$schema', 'schemaVersion', 'id', 'version', 'title', 'description', 'languages', 'defaultLanguage', 'authors', 'license', 'keywords', 'estimatedDuration', 'navigation', 'characters', 'modules', 'questionBanks', 'assessments', 'scenarios', 'completion', 'mastery', 'certificate', 'theme', 'tracking'].map((k) => [k, true]));

/** Every `type` of a tagged union (`Block` → text, heading, …). */
export function tagsOf(union: string): string[] {
  const branches = (definition(union)?.oneOf as Array<Record<string, unknown>> | undefined) ?? [];
  return branches.map((b) => String(branchTag(b, 'type')));
}

function unknownTypeHint(union: string, tagValue: string, tags: string[]): string {
  const near = nearest(tagValue, tags);
  if (near !== undefined) return `did you mean "${near}"?`;
  if (union === 'Block') {
    const question = nearest(tagValue, tagsOf('Question'));
    if (question !== undefined || tagsOf('Question').includes(tagValue)) {
      return `a question goes inside a "question" block: { "type": "question", "question": { "type": "${question ?? tagValue}", … } }`;
    }
  }
  return `expected one of ${tags.map((t) => `"${t}"`).join(', ')}`;
}

function typeHint(expected: string, value: unknown): { hint?: string } {
  if ((expected === 'number' || expected === 'integer') && typeof value === 'string' && value.trim() !== '' && !Number.isNaN(Number(value))) {
    return { hint: `write the number without quotes: ${Number(value)}` };
  }
  if (expected === 'boolean' && (value === 'true' || value === 'false')) return { hint: `write ${value} without quotes` };
  if (expected === 'array' && value !== null && typeof value !== 'object') return { hint: `put it in a list: [${JSON.stringify(value)}]` };
  return {};
}

const FORMATS: Record<string, (value: string) => { message: string; hint?: string }> = {
  Id: (v) => ({ message: `"${v}" is not a valid id: ids use lowercase letters, digits and "-", starting with a letter or digit`, ...slugHint(v) }),
  Next: (v) => ({ message: `"${v}" is not a valid node id: ids use lowercase letters, digits and "-"`, ...slugHint(v) }),
  WeightedAssessment: (v) => ({ message: `"${v}" is not a valid assessment id`, ...slugHint(v) }),
  LanguageTag: (v) => ({ message: `"${v}" is not a BCP 47 language tag`, hint: /^[A-Z]{2,3}$/.test(v) ? `language tags are lowercase: "${v.toLowerCase()}"` : 'use tags such as "id", "en" or "en-GB"' }),
  AssetPath: (v) => ({ message: `"${v}" is not a path inside the course folder`, hint: 'write a relative path with "/" separators, such as "assets/images/parcel.webp" (no leading "/", no "\\", no URL)' }),
  CssColor: (v) => ({ message: `"${v}" is not a plain CSS colour`, hint: 'use a hex colour such as "#0b6e4f", a colour name, or rgb()/hsl()/oklch()' }),
};

const PROPERTY_FORMATS: Record<string, { message: string; hint: string }> = {
  version: { message: 'is not a semantic version', hint: 'use MAJOR.MINOR.PATCH, such as "1.0.0"' },
  estimatedDuration: { message: 'is not an ISO 8601 duration', hint: 'use forms such as "PT45M" (45 minutes) or "PT1H30M"' },
  email: { message: 'is not an e-mail address', hint: 'such as "integritas@example.go.id"' },
  url: { message: 'is not an http(s) URL', hint: 'such as "https://example.org"' },
  $include: { message: 'is not a relative path to a .json file', hint: 'such as "modules/03-parcel.json"' },
  idPrefix: { message: 'is not a certificate id prefix', hint: 'use 1 to 12 letters and digits, such as "IR"' },
  name: { message: 'is not a variable name', hint: 'start with a letter, then letters, digits or "_", such as "integrity"' },
  variable: { message: 'is not a variable name', hint: 'start with a letter, then letters, digits or "_", such as "integrity"' },
  fontFamily: { message: 'is not a plain font stack', hint: 'list font names separated by commas, without ";", "{", "}", "<" or ">"' },
  radius: { message: 'is not a CSS length', hint: 'such as "8px", "0.5rem" or "0"' },
  activityId: { message: 'is not an IRI', hint: 'such as "https://lms.example.go.id/xapi/integrity-ranger"' },
  organisationExtension: { message: 'is not an IRI', hint: 'such as "https://example.go.id/xapi/extensions/unit-kerja"' },
  verificationUrl: { message: 'is not an https URL', hint: 'such as "https://inspektorat.example.go.id/sertifikat/{number}"' },
  nip: { message: 'is not an NIP', hint: 'write the 18 digits without spaces, such as "197001011995031001"' },
};

function patternMessage(index: CourseIndex, pointer: string, value: unknown): { message: string; hint?: string } {
  const text = typeof value === 'string' ? value : String(value);
  const defs = defsAt(index, pointer);
  for (let i = defs.length - 1; i >= 0; i--) {
    const format = FORMATS[defs[i] as string];
    if (format !== undefined) return format(text);
  }
  const keys = fromPointer(pointer);
  const property = keys[keys.length - 1] ?? '';
  const known = PROPERTY_FORMATS[property] ?? PROPERTY_FORMATS[fromPointer(parentPointer(pointer)).pop() ?? ''];
  if (known !== undefined) return { message: `"${text}" ${known.message}`, hint: known.hint };
  return { message: `"${text}" does not have the form ${name(pointer)} needs` };
}

function slugHint(value: string): { hint?: string } {
  const slug = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug !== '' && slug !== value ? { hint: `use "${slug}"` } : {};
}
