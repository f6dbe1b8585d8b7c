// XML parts as trees (parsed by saxes, which refuses XML that is not well-formed, with namespaces
// resolved), and a check of elements against the ECMA-376 sequences their children must follow.

import { SaxesParser } from 'saxes';

export interface XmlNode {
  /** Qualified name as written, e.g. "c:chart". */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  text: string;
}

export function parseXml(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = typeof v === 'string' ? v : v.value;
    const node: XmlNode = { name: tag.name, attrs, children: [], text: '' };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  parser.on('closetag', () => void stack.pop());
  parser.on('text', (t) => {
    const top = stack[stack.length - 1];
    if (top !== undefined) top.text += t;
  });
  parser.write(xml).close();
  const doc = root.children[0];
  if (doc === undefined) throw new Error('empty XML');
  return doc;
}

export function child(n: XmlNode, name: string): XmlNode | undefined {
  return n.children.find((c) => c.name === name);
}

export function descendants(n: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (x: XmlNode): void => {
    for (const c of x.children) {
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(n);
  return out;
}

/** An element's children in schema order; `+` marks a required child, `*` one that may repeat. */
export type Sequence = readonly string[];

/**
 * Problems with `n`'s children against its sequence: an unknown child, one out of order, or a
 * required one missing. Elements not in `schema` are not checked (their content is free here).
 */
export function sequenceProblems(n: XmlNode, schema: Readonly<Record<string, Sequence>>, path = n.name): string[] {
  const seq = schema[n.name];
  const problems: string[] = [];
  if (seq !== undefined) {
    const names = seq.map((s) => s.replace(/[+*]/g, ''));
    let at = 0;
    for (const c of n.children) {
      const i = names.indexOf(c.name, at);
      if (i < 0) {
        problems.push(names.includes(c.name) ? `${path}: <${c.name}> out of order` : `${path}: <${c.name}> is not allowed here`);
        continue;
      }
      at = i;
    }
    seq.forEach((s, i) => {
      if (!s.includes('*') && n.children.filter((c) => c.name === names[i]).length > 1) problems.push(`${path}: <${names[i] ?? ''}> repeated`);
    });
    seq.forEach((s, i) => {
      if (s.includes('+') && !n.children.some((c) => c.name === names[i])) problems.push(`${path}: required <${names[i] ?? ''}> missing`);
    });
  }
  for (const c of n.children) problems.push(...sequenceProblems(c, schema, `${path}/${c.name}`));
  return [...new Set(problems)];
}
