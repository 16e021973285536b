// A strict little parser for the XML subset the `junit` formatter writes (declaration,
// elements, double-quoted attributes, text, the five entities and character references).
// It exists to prove the output is well-formed and round-trips; it throws on anything else,
// including characters XML 1.0 forbids.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, inAttr: boolean): string {
  if (FORBIDDEN.test(raw)) throw new Error(`forbidden character in ${JSON.stringify(raw)}`);
  if (raw.includes('<')) throw new Error(`raw < in ${JSON.stringify(raw)}`);
  if (!inAttr && raw.includes(']]>')) throw new Error('raw ]]> in text');
  // Literal whitespace in attributes is normalised to a space, as a real parser does.
  const s = inAttr ? raw.replace(/[\t\n\r]/g, ' ') : raw.replace(/\r\n?/g, '\n');
  return s.replace(/&([^;]*);|&/g, (m, ref: string | undefined) => {
    if (ref === undefined) throw new Error(`bare & in ${JSON.stringify(raw)}`);
    if (ref in ENTITIES) return ENTITIES[ref];
    const n = /^#x([0-9a-f]+)$/i.exec(ref) ? parseInt(ref.slice(2), 16) : /^#(\d+)$/.exec(ref) ? Number(ref.slice(1)) : NaN;
    if (Number.isNaN(n)) throw new Error(`unknown reference ${m}`);
    const ch = String.fromCodePoint(n);
    if (FORBIDDEN.test(ch)) throw new Error(`reference to forbidden character ${m}`);
    return ch;
  });
}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(xml);
  if (!decl) throw new Error('missing XML declaration');
  i = decl[0].length;

  function element(): XmlElement {
    const open = /^<([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"]*")*)\s*(\/?)>/.exec(xml.slice(i));
    if (!open) throw new Error(`expected element at ${i}: ${JSON.stringify(xml.slice(i, i + 40))}`);
    i += open[0].length;
    const el: XmlElement = { name: open[1], attrs: {}, children: [], text: '' };
    for (const [, k, v] of open[2].matchAll(/([A-Za-z_][\w.-]*)="([^"]*)"/g)) {
      if (k in el.attrs) throw new Error(`duplicate attribute ${k}`);
      el.attrs[k] = decode(v, true);
    }
    if (open[3]) return el;
    for (;;) {
      const lt = xml.indexOf('<', i);
      if (lt === -1) throw new Error(`unclosed <${el.name}>`);
      el.text += decode(xml.slice(i, lt), false);
      i = lt;
      if (xml.startsWith('</', i)) {
        const close = `</${el.name}>`;
        if (!xml.startsWith(close, i)) throw new Error(`expected ${close} at ${i}`);
        i += close.length;
        return el;
      }
      el.children.push(element());
    }
  }

  const root = element();
  if (xml.slice(i) !== '\n') throw new Error(`trailing content ${JSON.stringify(xml.slice(i))}`);
  return root;
}
