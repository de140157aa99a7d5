import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseXmlTree } from './xml-tree.js';
import { select, textOf } from './xpath.js';

describe('the XML tree of a notice', () => {
  it('children as lists by name, attributes and trimmed text; entities and CDATA read', () => {
    const doc = parseXmlTree(
      '<?xml version="1.0"?><r><cbc:ID schemeName="Lot"> LOT-1 </cbc:ID><cbc:ID>2</cbc:ID><n>&#228;&amp;<![CDATA[<b>]]></n></r>',
    );
    assert.deepEqual(select({ document: doc }, '/*/cbc:ID').map(textOf), ['LOT-1', '2']);
    assert.deepEqual(select({ document: doc }, "/*/cbc:ID[@schemeName='Lot']").map(textOf), ['LOT-1']);
    assert.equal(textOf(select({ document: doc }, '/*/n')[0]), 'ä&<b>');
  });

  it('an element may be called constructor or toString', () => {
    const doc = parseXmlTree('<r><constructor>x</constructor><toString/><__proto__>y</__proto__></r>');
    assert.equal(textOf(select({ document: doc }, '/*/constructor')[0]), 'x');
    assert.equal(textOf(select({ document: doc }, '/*/__proto__')[0]), 'y');
    assert.equal(({} as Record<string, unknown>).y, undefined, 'no prototype touched');
  });

  it('refuses what is not well-formed, saying where', () => {
    assert.throws(() => parseXmlTree('<a><b></a>'), /1:\d+: unexpected close tag/);
    assert.throws(() => parseXmlTree('<a>'), /unclosed tag/);
    assert.throws(() => parseXmlTree(''), /root element/);
  });
});
