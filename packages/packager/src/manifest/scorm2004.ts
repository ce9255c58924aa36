import { el, xmlDocument, type XmlElement } from '../xml';
import { defaultTitle, hrefOf, masteryFraction, translations, xmlId, type ManifestInput } from './common';

const IMSCP = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_v1p3';
const ADLSEQ = 'http://www.adlnet.org/xsd/adlseq_v1p3';
const ADLNAV = 'http://www.adlnet.org/xsd/adlnav_v1p3';
const IMSSS = 'http://www.imsglobal.org/xsd/imsss';
const LOM = 'http://ltsc.ieee.org/xsd/LOM';

/**
 * What tells the editions apart in a manifest. 3rd and 4th Edition share every namespace and
 * schema file name (ADL CAM 4th Ed. 3.4.1.1 keeps the v1p3 namespaces); an LMS tells them by
 * `<schemaversion>`, so that is what differs here.
 */
export const SCORM2004_EDITIONS = {
  3: { schemaversion: '2004 3rd Edition', namespaces: { imscp: IMSCP, adlcp: ADLCP, adlseq: ADLSEQ, adlnav: ADLNAV, imsss: IMSSS } },
  4: { schemaversion: '2004 4th Edition', namespaces: { imscp: IMSCP, adlcp: ADLCP, adlseq: ADLSEQ, adlnav: ADLNAV, imsss: IMSSS } },
} as const;

/** A SCORM 2004 edition: 3 or 4. */
export type Scorm2004Edition = keyof typeof SCORM2004_EDITIONS;

function schemaLocation(edition: Scorm2004Edition): string {
  const ns = SCORM2004_EDITIONS[edition].namespaces;
  return [
    `${ns.imscp} imscp_v1p1.xsd`,
    `${ns.adlcp} adlcp_v1p3.xsd`,
    `${ns.adlseq} adlseq_v1p3.xsd`,
    `${ns.adlnav} adlnav_v1p3.xsd`,
    `${ns.imsss} imsss_v1p0.xsd`,
  ].join(' ');
}

/** IEEE LOM (the SCORM 2004 metadata binding), inline: title, languages, description, keywords, version. */
function lom(input: ManifestInput): XmlElement {
  const { course } = input;
  const strings = (pairs: Array<[string, string]>) => pairs.map(([lang, text]) => el('string', { language: lang }, text));
  const description = translations(course, course.description);
  return el(
    'lom',
    { xmlns: LOM },
    el(
      'general',
      {},
      el('title', {}, ...strings(translations(course, course.title))),
      ...course.languages.map((l) => el('language', {}, l)),
      description.length > 0 && el('description', {}, ...strings(description)),
      ...(course.keywords ?? []).map((k) => el('keyword', {}, el('string', { language: course.defaultLanguage }, k))),
    ),
    el('lifeCycle', {}, el('version', {}, el('string', { language: 'x-none' }, course.version))),
  );
}

/**
 * The sequencing of the course's one SCO (IMS SS 1.0 as SCORM 2004 SN profiles it):
 * - a primary objective satisfied by measure at the passing score, so the LMS passes the learner
 *   at `minNormalizedMeasure` (SN 3.10.4; the runtime reads it back as cmi.scaled_passing_score);
 * - completionSetByContent / objectiveSetByContent: the content reports completion and success
 *   itself (SN 3.13), so the LMS does not mark the SCO completed merely for being launched.
 */
function itemSequencing(input: ManifestInput): XmlElement {
  const mastery = masteryFraction(input.course);
  const objectiveID = `${input.course.id}.primary`;
  return el(
    'imsss:sequencing',
    {},
    el(
      'imsss:objectives',
      {},
      mastery === null
        ? el('imsss:primaryObjective', { objectiveID })
        : el('imsss:primaryObjective', { objectiveID, satisfiedByMeasure: 'true' }, el('imsss:minNormalizedMeasure', {}, String(mastery))),
    ),
    el('imsss:deliveryControls', { completionSetByContent: 'true', objectiveSetByContent: 'true' }),
  );
}

/**
 * The imsmanifest.xml of a SCORM 2004 (3rd or 4th Edition) package: one SCO under an
 * organization whose control mode allows choice and flow navigation, the SCO's sequencing
 * (primary objective tied to the mastery score, content-set completion and objective), and every
 * package file in its resource. Valid against the ADL SCORM 2004 schemas (IMS CP 1.1, ADL CP/SEQ/NAV 1.3, IMS SS 1.0).
 *
 * @example
 * scorm2004Manifest({ course, files, launch: 'index.html' }, 4);
 */
export function scorm2004Manifest(input: ManifestInput, edition: Scorm2004Edition): string {
  const { course } = input;
  const title = defaultTitle(course);
  const ns = SCORM2004_EDITIONS[edition].namespaces;
  return xmlDocument(
    el(
      'manifest',
      {
        identifier: xmlId('coursekit', course.id),
        version: course.version,
        xmlns: ns.imscp,
        'xmlns:adlcp': ns.adlcp,
        'xmlns:adlseq': ns.adlseq,
        'xmlns:adlnav': ns.adlnav,
        'xmlns:imsss': ns.imsss,
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': schemaLocation(edition),
      },
      el('metadata', {}, el('schema', {}, 'ADL SCORM'), el('schemaversion', {}, SCORM2004_EDITIONS[edition].schemaversion), lom(input)),
      el(
        'organizations',
        { default: 'org' },
        el(
          'organization',
          { identifier: 'org', 'adlseq:objectivesGlobalToSystem': 'false' },
          el('title', {}, title),
          el('item', { identifier: 'item', identifierref: 'sco', isvisible: 'true' }, el('title', {}, title), itemSequencing(input)),
          // SN 3.2: choice and flow on the organization let the learner start the SCO from the LMS's menu or its flow.
          el('imsss:sequencing', {}, el('imsss:controlMode', { choice: 'true', flow: 'true' })),
        ),
      ),
      el(
        'resources',
        {},
        el(
          'resource',
          { identifier: 'sco', type: 'webcontent', 'adlcp:scormType': 'sco', href: hrefOf(input.launch) },
          ...input.files.map((f) => el('file', { href: hrefOf(f) })),
        ),
      ),
    ),
  );
}
