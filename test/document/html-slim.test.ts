import { describe, expect, it } from 'vitest';
import { slimHtml } from '../../src/core/document/html.js';
import { buildDocument } from '../../src/core/document/index.js';

describe('slimHtml: what Readability throws away is cut before parsing', () => {
  it('drops scripts, styles, comments and drawings, keeps JSON-LD and raw title text', () => {
    const html =
      '<html><head><title>A <script> in a title</title><script>var x = "<div>";</script>' +
      '<script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p{color:red}</style></head>' +
      '<body><!-- ad slot --><p>Kept text.</p><svg viewBox="0 0 1 1"><svg><title>icon</title></svg></svg><p>More.</p></body></html>';
    const out = slimHtml(html);
    expect(out).toContain('<title>A <script> in a title</title>');
    expect(out).toContain('{"@type":"NewsArticle"}');
    expect(out).not.toContain('var x');
    expect(out).not.toContain('color:red');
    expect(out).not.toContain('ad slot');
    expect(out).not.toContain('icon');
    expect(out).toContain('<p>Kept text.</p><p>More.</p>');
  });

  it('leaves an unclosed script as it is', () => {
    const html = '<p>a</p><script>never closed <p>b</p>';
    expect(slimHtml(html)).toBe(html);
  });

  it('drops attributes nobody reads, keeps those of images and the ones Readability uses', () => {
    const out = slimHtml('<div class="body" data-track="x" onclick="f()" aria-label="y" aria-hidden="true" title="t"><img data-src="a.jpg" title="z"></div>');
    expect(out).toBe('<div class="body" aria-hidden="true"><img data-src="a.jpg" title="z"></div>');
  });

  it('keeps the white space inside running text', () => {
    expect(slimHtml('<p><b>one</b> <i>two</i></p>\n<p>three</p>')).toBe('<p><b>one</b> <i>two</i></p><p>three</p>');
  });
});

describe('HTML publication time from the byline block', () => {
  it('reads the date Readability set aside with the byline', () => {
    const para = 'The regional council voted on Tuesday to close the old river bridge to heavy traffic after engineers found cracks in two of its supports, officials said. ';
    const html = `<html><head><title>Bridge closed</title></head><body><article><h1>Bridge closed to trucks</h1>
<div class="byline">By Jane Roe, Published 4:25 PM EST March 3, 2021</div>
<p>${para.repeat(3)}</p><p>${para.repeat(2)}</p><p>${para.repeat(2)}</p></article></body></html>`;
    const doc = buildDocument(html, {});
    expect(doc.published).toBe('2021-03-03T16:25:00-05:00');
    expect(doc.text).not.toContain('Jane Roe');
  });
});
