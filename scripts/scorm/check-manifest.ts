import sax from 'sax';
import { SCHEMA_FILES } from '../../lib/scorm/manifest';

interface Node {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
}

/** The manifest as a tree; throws with the parser's message when it is not well-formed XML. */
export function parseXml(xml: string): Node {
  const parser = sax.parser(true, { trim: true });
  const root: Node = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: Node[] = [root];
  parser.onopentag = (tag) => {
    const node: Node = {
      name: tag.name,
      attributes: tag.attributes as Record<string, string>,
      children: [],
      text: '',
    };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => void (stack[stack.length - 1].text += text);
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(xml).close();
  return root;
}

const childrenNamed = (node: Node | undefined, name: string) =>
  node ? node.children.filter((c) => c.name === name) : [];

/**
 * What is wrong with a SCORM 1.2 manifest for a package holding `files` (paths relative to the
 * package root): not well-formed; metadata not `ADL SCORM` 1.2; not exactly one organization
 * with one item pointing at a SCO resource whose launch file exists; no mastery score; a listed
 * file that is missing; a file of the package (other than the manifest) that is not listed.
 * Empty when the manifest is right.
 */
export function manifestProblems(xml: string, files: readonly string[]): string[] {
  let doc: Node;
  try {
    doc = parseXml(xml);
  } catch (error) {
    return [`not well-formed XML: ${(error as Error).message.split('\n')[0]}`];
  }
  const problems: string[] = [];
  const manifest = childrenNamed(doc, 'manifest')[0];
  if (!manifest) return ['the root element is not <manifest>'];
  if (!manifest.attributes.identifier) problems.push('<manifest> has no identifier');
  const metadata = childrenNamed(manifest, 'metadata')[0];
  if (childrenNamed(metadata, 'schema')[0]?.text !== 'ADL SCORM')
    problems.push('<metadata><schema> is not "ADL SCORM"');
  if (childrenNamed(metadata, 'schemaversion')[0]?.text !== '1.2')
    problems.push('<metadata><schemaversion> is not 1.2');
  const organizations = childrenNamed(manifest, 'organizations')[0];
  const orgs = childrenNamed(organizations, 'organization');
  if (orgs.length !== 1) problems.push(`${orgs.length} organizations (expected 1)`);
  if (orgs[0] && organizations?.attributes.default !== orgs[0].attributes.identifier)
    problems.push('<organizations default> does not name the organization');
  if (!childrenNamed(orgs[0], 'title')[0]?.text) problems.push('the organization has no title');
  const items = childrenNamed(orgs[0], 'item');
  if (items.length !== 1) problems.push(`${items.length} items (expected 1)`);
  const item = items[0];
  const mastery = childrenNamed(item, 'adlcp:masteryscore')[0]?.text;
  if (mastery === undefined || !/^\d{1,3}$/.test(mastery) || Number(mastery) > 100)
    problems.push('the item states no mastery score (adlcp:masteryscore, 0–100)');
  const resources = childrenNamed(childrenNamed(manifest, 'resources')[0], 'resource');
  const scos = resources.filter((r) => r.attributes['adlcp:scormtype'] === 'sco');
  if (scos.length !== 1) problems.push(`${scos.length} SCO resources (expected 1)`);
  const sco = scos[0];
  if (item && sco && item.attributes.identifierref !== sco.attributes.identifier)
    problems.push('the item does not point at the SCO resource');
  const present = new Set(files);
  const listed = new Set<string>();
  for (const resource of resources) {
    if (resource.attributes.type !== 'webcontent')
      problems.push(`resource ${resource.attributes.identifier} is not webcontent`);
    for (const file of childrenNamed(resource, 'file')) {
      const href = decodeURIComponent(file.attributes.href ?? '');
      listed.add(href);
      if (!present.has(href)) problems.push(`lists ${href}, which is not in the package`);
    }
  }
  const launch = sco ? decodeURIComponent(sco.attributes.href ?? '') : '';
  if (sco && !listed.has(launch)) problems.push(`the SCO's launch file ${launch} is not listed`);
  for (const schema of SCHEMA_FILES)
    if (!present.has(schema)) problems.push(`the schema file ${schema} is missing`);
  for (const file of files)
    if (file !== 'imsmanifest.xml' && !listed.has(file)) problems.push(`${file} is not listed`);
  return problems;
}
