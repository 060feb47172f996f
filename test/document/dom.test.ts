import { describe, expect, it } from 'vitest';
import { parseHTML as sharedParseHTML } from 'linkedom';
import { parseHTML, LISTENERLESS } from '../../src/core/document/dom.js';

describe('the document stage DOM', () => {
  it('builds nodes without listener tables in its own linkedom instance', () => {
    expect(LISTENERLESS).toBe(true);
    const { document } = parseHTML('<!DOCTYPE html><html><body><p class="lead">Satu <b>dua</b></p></body></html>');
    const p = document.querySelector('p')!;
    // every DOM method the stage and Readability use still works
    expect(p.textContent).toBe('Satu dua');
    expect(p.className).toBe('lead');
    expect(document.getElementsByTagName('b').length).toBe(1);
    p.remove();
    expect(document.body.innerHTML).toBe('');
    // only listeners are gone
    expect(() => document.createElement('div').addEventListener('click', () => {})).toThrow(TypeError);
  });

  it('leaves the usual linkedom entry point untouched', () => {
    const { document } = sharedParseHTML('<html><body><button>ok</button></body></html>');
    const button = document.querySelector('button')!;
    let clicks = 0;
    button.addEventListener('click', () => clicks++);
    button.dispatchEvent(new (document.defaultView as unknown as { Event: typeof Event }).Event('click'));
    expect(clicks).toBe(1);
  });
});

describe('styles in the document stage DOM', () => {
  it('reads the style attribute where there is one, and an empty read-only style elsewhere', async () => {
    const { SHARED_EMPTY_STYLE } = await import('../../src/core/document/dom.js');
    expect(SHARED_EMPTY_STYLE).toBe(true);
    const { document } = parseHTML('<html><body><div style="display: none; visibility:hidden">a</div><p>b</p></body></html>');
    const div = document.querySelector('div')!, p = document.querySelector('p')!;
    expect(div.style.display).toBe('none');
    expect(div.style.visibility).toBe('hidden');
    expect(p.style.display).toBe('');
    expect(p.style.visibility).toBe('');
    expect(p.style.length).toBe(0);
    expect(() => { (p.style as unknown as Record<string, string>).color = 'red'; }).toThrow(TypeError);
    expect(p.hasAttribute('style')).toBe(false);
  });
});
