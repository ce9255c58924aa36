import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ResolvedCourse } from '@coursekit/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateManifest, xpath, xsdAvailable } from '../../test/xsd';
import { manifestFor } from './index';

const course = {
  schemaVersion: '1.0',
  id: '10-menit',
  version: '1.2.0',
  title: { id: 'Penjaga Integritas & <"\'> 第一', en: 'Integrity Ranger 🛡️' },
  description: { id: 'Gratifikasi\u0001 dan pungli\nbaris kedua', en: 'Gratuities' },
  languages: ['id', 'en'],
  defaultLanguage: 'id',
  keywords: ['gratifikasi', 'ASN'],
  modules: [],
  mastery: { passingScore: 80 },
} as unknown as ResolvedCourse;
const files = ['assets/foto kantor #1.jpg', 'assets/ü.png', 'course.json', 'index.html', 'player/coursekit.js'];
const hrefs = ['assets/foto%20kantor%20%231.jpg', 'assets/%C3%BC.png', 'course.json', 'index.html', 'player/coursekit.js'];

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ck-manifest-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function write(name: string, text: string | null): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text ?? '');
  return file;
}

const runXsd = xsdAvailable();

describe('SCORM manifests against the official XSDs', () => {
  it.runIf(runXsd)('SCORM 1.2: validates, with adlcp:scormtype sco, the mastery score and every file', async () => {
    const file = await write('s12.xml', manifestFor('scorm12', { course, files, launch: 'index.html' }));
    expect(await validateManifest(file, '1.2')).toContain('validates');
    expect(await xpath(file, 'string(//*[local-name()="resource"]/@*[local-name()="scormtype"])')).toBe('sco');
    expect(await xpath(file, 'string(//*[local-name()="masteryscore"])')).toBe('80');
    expect(await xpath(file, 'string(//*[local-name()="schemaversion"])')).toBe('1.2');
    const listed = (await xpath(file, '//*[local-name()="file"]/@href')).split('\n').map((l) => l.trim().replace(/^href="|"$/g, ''));
    expect(listed).toEqual(hrefs);
  });

  for (const edition of [3, 4] as const) {
    it.runIf(runXsd)(`SCORM 2004 ${edition}th Edition: validates, with its schemaversion, sequencing and every file`, async () => {
      const file = await write(`s2004-${edition}.xml`, manifestFor(edition === 3 ? 'scorm2004-3' : 'scorm2004-4', { course, files, launch: 'index.html' }));
      expect(await validateManifest(file, '2004')).toContain('validates');
      expect(await xpath(file, 'string(//*[local-name()="schemaversion"])')).toBe(`2004 ${edition === 3 ? '3rd' : '4th'} Edition`);
      expect(await xpath(file, 'string(//*[local-name()="resource"]/@*[local-name()="scormType"])')).toBe('sco');
      expect(await xpath(file, 'string(//*[local-name()="primaryObjective"]/@satisfiedByMeasure)')).toBe('true');
      expect(await xpath(file, 'string(//*[local-name()="minNormalizedMeasure"])')).toBe('0.8');
      expect(await xpath(file, 'string(//*[local-name()="deliveryControls"]/@completionSetByContent)')).toBe('true');
      expect(await xpath(file, 'string(//*[local-name()="deliveryControls"]/@objectiveSetByContent)')).toBe('true');
      expect(await xpath(file, 'string(//*[local-name()="controlMode"]/@choice)')).toBe('true');
      expect(await xpath(file, 'string(//*[local-name()="controlMode"]/@flow)')).toBe('true');
      expect(await xpath(file, 'count(//*[local-name()="file"])')).toBe('5');
    });
  }

  it.runIf(runXsd)('a course without mastery rules gets a primary objective not satisfied by measure, and no masteryscore', async () => {
    const free = { ...course, mastery: undefined } as unknown as ResolvedCourse;
    const f12 = await write('free12.xml', manifestFor('scorm12', { course: free, files, launch: 'index.html' }));
    const f04 = await write('free04.xml', manifestFor('scorm2004-4', { course: free, files, launch: 'index.html' }));
    await validateManifest(f12, '1.2');
    await validateManifest(f04, '2004');
    expect(await xpath(f12, 'count(//*[local-name()="masteryscore"])')).toBe('0');
    expect(await xpath(f04, 'count(//*[local-name()="primaryObjective"]/@satisfiedByMeasure)')).toBe('0');
  });
});

describe('titles and descriptions in any Unicode', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    const xml = manifestFor('scorm12', { course, files, launch: 'index.html' })!;
    expect(xml).toContain('<title>Penjaga Integritas &amp; &lt;&quot;&apos;&gt; 第一</title>');
    expect(xml).toContain('<imsmd:langstring xml:lang="en">Integrity Ranger 🛡️</imsmd:langstring>');
    expect(xml).toContain('<imsmd:langstring xml:lang="id">Gratifikasi dan pungli&#10;baris kedua</imsmd:langstring>');
    expect(xml).not.toContain('\u0001');
  });
});

describe('cmi5.xml', () => {
  it('has the course and one AU with moveOn, masteryScore and launchMethod', async () => {
    const file = await write('cmi5.xml', manifestFor('cmi5', { course, files, launch: 'index.html' }));
    expect(await xpath(file, 'string(/*[local-name()="courseStructure"]/namespace::*[name()=""])')).toBe('https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd');
    expect(await xpath(file, 'string(//*[local-name()="course"]/@id)')).toBe('urn:coursekit:10-menit');
    expect(await xpath(file, 'string(//*[local-name()="au"]/@id)')).toBe('urn:coursekit:10-menit/au');
    expect(await xpath(file, 'string(//*[local-name()="au"]/@moveOn)')).toBe('CompletedAndPassed');
    expect(await xpath(file, 'string(//*[local-name()="au"]/@masteryScore)')).toBe('0.8');
    expect(await xpath(file, 'string(//*[local-name()="au"]/@launchMethod)')).toBe('AnyWindow');
    expect(await xpath(file, 'string(//*[local-name()="au"]/*[local-name()="url"])')).toBe('index.html');
    expect(await xpath(file, 'string(//*[local-name()="au"]/*[local-name()="title"]/*[@lang="en"])')).toBe('Integrity Ranger 🛡️');
  });

  it('without mastery rules moves on when completed, with no masteryScore; the title stands in for a missing description', async () => {
    const free = { ...course, mastery: undefined, description: undefined } as unknown as ResolvedCourse;
    const file = await write('cmi5-free.xml', manifestFor('cmi5', { course: free, files, launch: 'index.html' }));
    expect(await xpath(file, 'string(//*[local-name()="au"]/@moveOn)')).toBe('Completed');
    expect(await xpath(file, 'count(//*[local-name()="au"]/@masteryScore)')).toBe('0');
    expect(await xpath(file, 'string(//*[local-name()="au"]/*[local-name()="description"]/*[@lang="en"])')).toBe('Integrity Ranger 🛡️');
  });
});

describe('tincan.xml', () => {
  it('has one course activity with names in every language and the launch file', async () => {
    const file = await write('tincan.xml', manifestFor('xapi', { course, files, launch: 'index.html' }));
    expect(await xpath(file, 'string(//*[local-name()="activity"]/@id)')).toBe('urn:coursekit:10-menit');
    expect(await xpath(file, 'string(//*[local-name()="activity"]/@type)')).toBe('http://adlnet.gov/expapi/activities/course');
    expect(await xpath(file, 'string(//*[local-name()="name"][@lang="id"])')).toBe('Penjaga Integritas & <"\'> 第一');
    expect(await xpath(file, 'string(//*[local-name()="launch"])')).toBe('index.html');
    expect(await xpath(file, 'string(//*[local-name()="launch"]/@lang)')).toBe('id');
  });
});

it('the web target has no manifest', () => {
  expect(manifestFor('web', { course, files, launch: 'index.html' })).toBeNull();
});
