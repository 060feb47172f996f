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

function withoutListenerTables(): boolean {
  try {
    const { document } = parseWithListeners('<!DOCTYPE html><html><body><p>x</p></body></html>');
    // Walk from an element's prototype up to the class whose parent prototype defines the listener
    // methods: that class is Node, and its parent EventTarget.
    let proto: object | null = Object.getPrototypeOf(document.createElement('p')) as object | null;
    while (proto) {
      const parent = Object.getPrototypeOf(proto) as object | null;
      if (parent && Object.prototype.hasOwnProperty.call(parent, 'addEventListener')) break;
      proto = parent;
    }
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
    const { document } = parseWithListeners('<!DOCTYPE html><html><body><p>x</p></body></html>');
    let proto: object | null = Object.getPrototypeOf(document.createElement('p')) as object | null;
    while (proto && !Object.prototype.hasOwnProperty.call(proto, 'style')) proto = Object.getPrototypeOf(proto) as object | null;
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

export const parseHTML = parseWithListeners;
