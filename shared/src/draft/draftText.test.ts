import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { renderFragmentText } from './draftText.js';

type Spec = string | [name: string, children: Spec[], attributes?: Record<string, string>];

/** Builds the y-prosemirror shape Tiptap writes: elements named after node types, text in XmlText. */
function build(specs: Spec[]): Y.XmlFragment {
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment('draft:x');
  const toNode = (spec: Spec): Y.XmlElement | Y.XmlText => {
    if (typeof spec === 'string') return new Y.XmlText(spec);
    const [name, children, attributes = {}] = spec;
    const element = new Y.XmlElement(name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    element.insert(0, children.map(toNode));
    return element;
  };
  fragment.insert(0, specs.map(toNode));
  return fragment;
}

const item = (...children: Spec[]): Spec => ['listItem', children];
const p = (...text: Spec[]): Spec => ['paragraph', text];

describe('renderFragmentText', () => {
  it('renders paragraphs and headings one per line, without marks', () => {
    const fragment = build([
      ['heading', ['Resolution'], { level: '2' }],
      p('The village will '),
      p('repair the bridge.'),
    ]);
    const bold = (fragment.get(1) as Y.XmlElement).get(0) as Y.XmlText;
    bold.insert(bold.length, 'jointly', { bold: true });
    expect(renderFragmentText(fragment)).toBe('Resolution\nThe village will jointly\nrepair the bridge.');
  });

  it('numbers ordered lists from their start, marks bullets, and indents nested lists under their item', () => {
    const fragment = build([
      p('We agree:'),
      [
        'orderedList',
        [
          item(p('Widen the road')),
          item(p('Fund it'), ['bulletList', [item(p('half from the county')), item(p('half from us'))]]),
        ],
        { start: '3' },
      ],
    ]);
    expect(renderFragmentText(fragment)).toBe(
      ['We agree:', '3. Widen the road', '4. Fund it', '   - half from the county', '   - half from us'].join('\n'),
    );
  });

  it('keeps hard breaks and empty paragraphs inside, drops blank lines and trailing spaces at the ends', () => {
    const fragment = build([p(), p('First line', ['hardBreak', []], 'second line  '), p(), p('End'), p(), p()]);
    expect(renderFragmentText(fragment)).toBe('First line\nsecond line\n\nEnd');
  });

  it('renders an empty or missing draft as the empty string', () => {
    expect(renderFragmentText(new Y.Doc().getXmlFragment('draft:none'))).toBe('');
    expect(renderFragmentText(build([p()]))).toBe('');
  });
});
