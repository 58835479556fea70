/**
 * imsmanifest.xml for a SCORM 1.2 package (Content Aggregation Model, SCORM 1.2 CAM 2.3): one
 * organization holding one item, backed by one SCO resource that lists every file of the
 * package; the four schema files it names sit beside it and are listed as an asset resource.
 */

/** The SCORM 1.2 schema files (./schemas/; see the README for where they come from). */
export const SCHEMA_FILES = [
  'imscp_rootv1p1p2.xsd',
  'imsmd_rootv1p2p1.xsd',
  'adlcp_rootv1p2.xsd',
  'ims_xml.xsd',
] as const;

export interface ManifestOptions {
  /** The manifest's identifier (letters, digits, dashes). */
  identifier: string;
  title: string;
  /** The SCO's launch file, relative to the package root. */
  launch: string;
  /** adlcp:masteryscore (0–100), or null for none. */
  masteryScore: number | null;
  /** Every file of the SCO, relative to the package root, forward slashes. */
  files: readonly string[];
}

/** XML text and attribute escaping. */
export function xmlEscape(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A package path as a URI reference: each segment percent-encoded (`a b/[id]` → `a%20b/%5Bid%5D`). */
export function fileHref(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

export function manifestXml(options: ManifestOptions): string {
  const title = xmlEscape(options.title);
  const files = (list: readonly string[], indent: string) =>
    list.map((f) => `${indent}<file href="${xmlEscape(fileHref(f))}"/>`).join('\n');
  const mastery =
    options.masteryScore === null
      ? ''
      : `\n        <adlcp:masteryscore>${options.masteryScore}</adlcp:masteryscore>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlEscape(options.identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-1">
    <organization identifier="org-1">
      <title>${title}</title>
      <item identifier="item-1" identifierref="sco-1" isvisible="true">
        <title>${title}</title>${mastery}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-1" type="webcontent" adlcp:scormtype="sco" href="${xmlEscape(fileHref(options.launch))}">
${files(options.files, '      ')}
    </resource>
    <resource identifier="schemas" type="webcontent" adlcp:scormtype="asset">
${files(SCHEMA_FILES, '      ')}
    </resource>
  </resources>
</manifest>
`;
}
