/**
 * The DOM the document stage parses pages into: linkedom, in sitrep's own instance of it, with
 * nodes that carry no event-listener table.
 *
 * Why: linkedom's EventTarget constructor gives every node (each element, text and attribute) an
 * entry in a WeakMap holding a fresh Map of listeners. A news page is tens of thousands of nodes, and
 * those entries cost about a tenth of the whole extraction (the constructor itself, then the
 * collector tracing the WeakMap's ephemerons). Nothing in sitrep, nor Readability, ever listens to or
 * dispatches an event on these nodes.
 *
 * How: the pages are parsed by linkedom's self-contained build (`linkedom/worker`), a module
 * instance of its own, whose Node class is re-based on an empty constructor that shares
 * EventTarget's prototype. Nodes keep every DOM method; only adding or removing a listener on them
 * fails (TypeError). The usual `linkedom` entry point, which other code in the same process may use,
 * is left untouched. If linkedom's internals ever change shape, the re-basing is skipped and pages
 * are parsed exactly as before, only slower.
 */
import { parseHTML as parseWithListeners } from 'linkedom/worker';

/** An element of this instance, whose prototype chain is adjusted below. */
function sampleElement(): object | null {
  try {
    return parseWithListeners('<!DOCTYPE html><html><body><p class="a">x</p></body></html>').document.querySelector('p');
  } catch {
    return null;
  }
}
const SAMPLE = sampleElement();

/** The first prototype on `from`'s chain that satisfies `test` (own properties), or null. */
function protoWhere(from: object | null, test: (proto: object) => boolean): object | null {
  let proto = from ? (Object.getPrototypeOf(from) as object | null) : null;
  while (proto && !test(proto)) proto = Object.getPrototypeOf(proto) as object | null;
  return proto;
}
const owns = (prop: string) => (proto: object): boolean => Object.prototype.hasOwnProperty.call(proto, prop);

function withoutListenerTables(): boolean {
  try {
    // The class whose parent prototype defines the listener methods is Node, its parent EventTarget.
    const proto = protoWhere(SAMPLE, (p) => {
      const parent = Object.getPrototypeOf(p) as object | null;
      return !!parent && owns('addEventListener')(parent);
    });
    if (!proto) return false;
    const node = (proto as { constructor: unknown }).constructor;
    const eventTarget = Object.getPrototypeOf(node) as { prototype?: unknown; name?: string };
    if (typeof node !== 'function' || typeof eventTarget !== 'function' || !eventTarget.prototype) return false;
    function ListenerlessTarget(): void {}
    ListenerlessTarget.prototype = eventTarget.prototype;
    // A class's `super()` calls whatever its constructor's prototype is at the time of the call.
    Object.setPrototypeOf(node, ListenerlessTarget);
    return true;
  } catch {
    return false;
  }
}

/** Whether this instance's nodes were made without listener tables (for tests). */
export const LISTENERLESS = withoutListenerTables();

/**
 * The style of an element without a style attribute, read-only: every property is empty.
 * Readability asks each element it walks for `style.display` and `style.visibility`; linkedom would
 * build a CSSStyleDeclaration (a Map behind a Proxy, tracked in a WeakMap) for each of them to
 * answer "". Elements with a style attribute get linkedom's own declaration.
 */
const NO_STYLE: object = Object.freeze(
  new Proxy(Object.create(null) as object, {
    get: (_t, name) => (name === 'length' ? 0 : typeof name === 'string' ? '' : undefined),
    set: () => false,
    defineProperty: () => false,
    deleteProperty: () => false,
  }),
);

function withEmptyStyles(): boolean {
  try {
    const proto = protoWhere(SAMPLE, owns('style'));
    const desc = proto && Object.getOwnPropertyDescriptor(proto, 'style');
    const own = desc?.get;
    if (!proto || !desc || !own) return false;
    Object.defineProperty(proto, 'style', {
      ...desc,
      get(this: { hasAttribute(n: string): boolean }) {
        return this.hasAttribute('style') ? own.call(this) : NO_STYLE;
      },
    });
    return true;
  } catch {
    return false;
  }
}

/** Whether elements without a style attribute share one empty, read-only style (for tests). */
export const SHARED_EMPTY_STYLE = withEmptyStyles();

/** A class attribute as linkedom's class list writes it: tokens split at white space, first of each kept, one space apart. */
function classTokens(value: unknown): string {
  const s = String(value);
  if (!/\s/.test(s)) return s;
  const parts = s.split(/\s+/);
  let out = '';
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (p && parts.indexOf(p) === k) out = out ? `${out} ${p}` : p;
  }
  return out;
}

type ClassElement = {
  getAttributeNode(n: string): { value: string } | null;
  classList: unknown;
};

/**
 * The class attribute kept as the element's one record of its classes. linkedom keeps a class list
 * (a Set, split by a regex) per element as the record instead: its parser sets `className` for every
 * class attribute it reads, which builds that list, and every read of `className` joins the list
 * again; Readability reads it several times for each element it weighs. Here `className` reads and
 * writes the attribute (written in the class list's form, so the markup is the same), and
 * `classList` is made from the attribute when asked for, writing its changes back to it.
 */
function withAttributeClasses(): boolean {
  try {
    const sample = SAMPLE as { classList: object } | null;
    if (!sample) return false;
    const TokenList = (Object.getPrototypeOf(sample.classList) as { constructor: new (el: unknown) => unknown }).constructor;
    const proto = protoWhere(sample, owns('className'));
    const name = proto && Object.getOwnPropertyDescriptor(proto, 'className');
    const list = proto && Object.getOwnPropertyDescriptor(proto, 'classList');
    const set = name?.set;
    if (!proto || !name?.get || !set || !list?.get || typeof TokenList !== 'function') return false;
    Object.defineProperty(proto, 'className', {
      ...name,
      // (linkedom's getAttribute('class') reads className: the attribute node itself is read)
      get(this: ClassElement) {
        return this.getAttributeNode('class')?.value ?? '';
      },
      set(this: ClassElement, value: unknown) {
        const attr = this.getAttributeNode('class');
        if (attr) attr.value = classTokens(value);
        else set.call(this, value);
      },
    });
    Object.defineProperty(proto, 'classList', {
      ...list,
      get(this: ClassElement) {
        return new TokenList(this);
      },
    });
    return true;
  } catch {
    return false;
  }
}

/** Whether `className` reads the class attribute as written (for tests). */
export const REFLECTED_CLASS_NAME = withAttributeClasses();

export const parseHTML = parseWithListeners;
