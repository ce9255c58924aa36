#!/usr/bin/env node
// Writes a small self-contained course around one Integrity Ranger scenario, for pages that embed
// <ck-scenario src="…"> without a build step: the standalone element fetches plain JSON and does not
// resolve `$include`s. The file sits beside course.json so its asset paths (assets/…) stay valid.
//
//   node examples/integrity-ranger/scripts/embed-course.mjs            write parcel-lebaran.course.json
//   node examples/integrity-ranger/scripts/embed-course.mjs --check    exit 1 if the file is out of date
//   node examples/integrity-ranger/scripts/embed-course.mjs <scenario-id> [--check]
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const courseDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');
const scenarioId = args.find((a) => !a.startsWith('--')) ?? 'parcel-lebaran';

const readJson = (path) => JSON.parse(readFileSync(join(courseDir, path), 'utf8'));
const course = readJson('course.json');
const scenario = course.scenarios
  .map((entry) => ('$include' in entry ? readJson(entry.$include) : entry))
  .find((s) => s.id === scenarioId);
if (!scenario) {
  console.error(`course.json: no scenario "${scenarioId}"`);
  process.exit(2);
}

const speakers = new Set(scenario.nodes.flatMap((n) => [...(n.lines ?? []).map((l) => l.character), ...(n.character ? [n.character] : [])]));

const embed = {
  $schema: '../../packages/schema/course.schema.json',
  schemaVersion: course.schemaVersion,
  id: `${course.id}-${scenario.id}`,
  version: course.version,
  title: scenario.title,
  description: scenario.description,
  languages: course.languages,
  defaultLanguage: course.defaultLanguage,
  license: course.license,
  characters: course.characters.filter((c) => speakers.has(c.id)),
  modules: [
    {
      id: 'skenario',
      title: scenario.title,
      pages: [{ id: scenario.id, title: scenario.title, blocks: [{ type: 'scenario', scenario: scenario.id }] }],
    },
  ],
  scenarios: [scenario],
  completion: { scenarios: [scenario.id] },
  theme: course.theme,
  tracking: { ...course.tracking, activityId: `${course.tracking.activityId}/${scenario.id}` },
};

const out = join(courseDir, `${scenario.id}.course.json`);
const text = `${JSON.stringify(embed, null, 2)}\n`;
if (check) {
  const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (current !== text) {
    console.error(`${out} is out of date: run node examples/integrity-ranger/scripts/embed-course.mjs ${scenario.id}`);
    process.exit(1);
  }
  console.log(`${out} is up to date`);
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
}
