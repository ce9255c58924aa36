import { el, xmlDocument, type XmlElement } from '../xml';
import { defaultTitle, hrefOf, translations, xmlId, type ManifestInput } from './common';

const IMSCP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const IMSMD = 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1';

function langstrings(pairs: Array<[string, string]>): XmlElement[] {
  return pairs.map(([lang, text]) => el('imsmd:langstring', { 'xml:lang': lang }, text));
}

/** IMS Meta-data 1.2.1 (the LOM binding SCORM 1.2 CAM 2.3 uses): title, languages, description, keywords, version. */
function lom(input: ManifestInput): XmlElement {
  const { course } = input;
  const description = translations(course, course.description);
  return el(
    'imsmd:lom',
    {},
    el(
      'imsmd:general',
      {},
      el('imsmd:title', {}, ...langstrings(translations(course, course.title))),
      ...course.languages.map((l) => el('imsmd:language', {}, l)),
      description.length > 0 && el('imsmd:description', {}, ...langstrings(description)),
      ...(course.keywords ?? []).map((k) => el('imsmd:keyword', {}, el('imsmd:langstring', { 'xml:lang': course.defaultLanguage }, k))),
    ),
    el('imsmd:lifecycle', {}, el('imsmd:version', {}, el('imsmd:langstring', { 'xml:lang': 'x-none' }, course.version))),
  );
}

/**
 * The imsmanifest.xml of a SCORM 1.2 package: one SCO that launches the player, its mastery score
 * (SCORM 1.2 CAM 2.3.4, adlcp:masteryscore 0–100), and every file of the package in its resource.
 * Valid against the ADL SCORM 1.2 schemas (IMS CP 1.1.2, ADL CP 1.2, IMS MD 1.2.1).
 *
 * @example
 * scorm12Manifest({ course, files: ['course.json', 'index.html', 'player/coursekit.js'], launch: 'index.html' });
 */
export function scorm12Manifest(input: ManifestInput): string {
  const { course } = input;
  const title = defaultTitle(course);
  const passing = course.mastery?.passingScore;
  return xmlDocument(
    el(
      'manifest',
      {
        identifier: xmlId('coursekit', course.id),
        version: course.version,
        xmlns: IMSCP,
        'xmlns:adlcp': ADLCP,
        'xmlns:imsmd': IMSMD,
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': `${IMSCP} imscp_rootv1p1p2.xsd ${IMSMD} imsmd_rootv1p2p1.xsd ${ADLCP} adlcp_rootv1p2.xsd`,
      },
      el('metadata', {}, el('schema', {}, 'ADL SCORM'), el('schemaversion', {}, '1.2'), lom(input)),
      el(
        'organizations',
        { default: 'org' },
        el(
          'organization',
          { identifier: 'org' },
          el('title', {}, title),
          el(
            'item',
            { identifier: 'item', identifierref: 'sco', isvisible: 'true' },
            el('title', {}, title),
            // adlcp:masteryscore is a whole-number-or-decimal 0–100; the runtime reads it back as cmi.student_data.mastery_score.
            typeof passing === 'number' && el('adlcp:masteryscore', {}, String(passing)),
          ),
        ),
      ),
      el(
        'resources',
        {},
        el(
          'resource',
          { identifier: 'sco', type: 'webcontent', 'adlcp:scormtype': 'sco', href: hrefOf(input.launch) },
          ...input.files.map((f) => el('file', { href: hrefOf(f) })),
        ),
      ),
    ),
  );
}
