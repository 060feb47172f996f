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

describe('className in the document stage DOM', () => {
  it('reads the class attribute, and writes it back through the class list', async () => {
    const { REFLECTED_CLASS_NAME } = await import('../../src/core/document/dom.js');
    expect(REFLECTED_CLASS_NAME).toBe(true);
    const { document } = parseHTML('<html><body><p class="lead story">a</p><p>b</p></body></html>');
    const [p1, p2] = [...document.querySelectorAll('p')];
    expect(p1!.className).toBe('lead story');
    expect(p1!.getAttribute('class')).toBe('lead story');
    expect(p2!.className).toBe('');
    p2!.className = 'page';
    expect(p2!.className).toBe('page');
    expect(p2!.classList.contains('page')).toBe(true);
    expect(p2!.outerHTML).toBe('<p class="page">b</p>');
  });
});

describe('classes in the document stage DOM behave as in linkedom', () => {
  it('gives the same classes and markup as the usual linkedom for the same steps', () => {
    const steps = (parse: typeof parseHTML) => {
      const { document } = parse('<html><body><div class="  a\tb  a "><p class="x">1</p><p>2</p></div></body></html>');
      const div = document.querySelector('div')!;
      const [p1, p2] = [...document.querySelectorAll('p')];
      const seen: unknown[] = [div.className, div.getAttribute('class'), p2!.className, div.classList.contains('b'), div.classList.length];
      div.classList.add('c');
      div.classList.remove('a');
      p1!.className = 'y  z y';
      p2!.className = 'page';
      p2!.setAttribute('class', 'q r');
      seen.push(div.className, p1!.className, p2!.className, p2!.classList.contains('r'), document.querySelectorAll('.z').length);
      seen.push(document.body.innerHTML);
      return seen;
    };
    expect(steps(parseHTML)).toEqual(steps(sharedParseHTML as unknown as typeof parseHTML));
  });
});
