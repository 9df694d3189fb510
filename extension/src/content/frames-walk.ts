/**
 * Walking a portal page the way the collector and the executor both see it: the top document,
 * every same-origin iframe (a cross-origin frame cannot be read from here and is left out), and
 * every open shadow root, each identified by unique CSS paths so an element found while
 * collecting is found again when executing.
 *
 * Nothing here marks the page (no attributes, no injected scripts): paths are computed from the
 * structure the page already has.
 */

export type Root = Document | ShadowRoot;

/** One document or shadow root, with how to reach it from the top document. */
export interface RootContext {
  readonly root: Root;
  readonly framePath: readonly string[];
  /** Selectors (of the map) that some iframe on `framePath` matches. */
  readonly frameMatches: readonly string[];
  readonly shadowPath: readonly string[];
}

/** Whether `selector` is valid CSS; an invalid one would throw from `matches`. */
export function isValidSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

export function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

function siblingsOf(element: Element): Element[] {
  const parent = element.parentNode;
  return parent === null ? [element] : Array.from((parent as ParentNode).children);
}

function segment(element: Element): string {
  const tag = CSS.escape(element.localName);
  const same = siblingsOf(element).filter((s) => s.localName === element.localName);
  return same.length <= 1 ? tag : `${tag}:nth-of-type(${same.indexOf(element) + 1})`;
}

function isUnique(root: Root, selector: string, element: Element): boolean {
  try {
    const found = root.querySelectorAll(selector);
    return found.length === 1 && found[0] === element;
  } catch {
    return false;
  }
}

/** A CSS path that finds exactly `element` inside `root`: its unique id, else a `>` chain. */
export function cssPath(element: Element, root: Root): string {
  const byId = (e: Element): string | null => {
    if (e.id === '') return null;
    const selector = `#${CSS.escape(e.id)}`;
    return isUnique(root, selector, e) ? selector : null;
  };
  const own = byId(element);
  if (own !== null) return own;
  let path = segment(element);
  let current = element;
  while (!isUnique(root, path, element)) {
    const parent = current.parentElement;
    if (parent === null) break;
    const parentId = byId(parent);
    path = `${parentId ?? segment(parent)} > ${path}`;
    current = parent;
    if (parentId !== null) break;
  }
  return path;
}

/** Frames and documents of a child frame live in another realm: compare by name, not `instanceof`. */
export function isFrame(element: Element): element is HTMLIFrameElement {
  return element.localName === 'iframe' || element.localName === 'frame';
}

export function isDocument(root: Root): root is Document {
  return root.nodeType === Node.DOCUMENT_NODE;
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    // A cross-origin frame throws or gives null here; its own content script is not asked.
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** Every root of the page, the top document first, children after their parent. */
export function walkRoots(top: Document, selectors: readonly string[]): RootContext[] {
  const out: RootContext[] = [];
  const visit = (context: RootContext, depth: number): void => {
    out.push(context);
    if (depth > 20) return;
    for (const element of Array.from(context.root.querySelectorAll('*'))) {
      if (element.shadowRoot !== null) {
        visit(
          {
            root: element.shadowRoot,
            framePath: context.framePath,
            frameMatches: context.frameMatches,
            shadowPath: [...context.shadowPath, cssPath(element, context.root)],
          },
          depth + 1,
        );
      }
      if (isFrame(element)) {
        const doc = sameOriginDocument(element);
        if (doc === null || doc.documentElement === null) continue;
        visit(
          {
            root: doc,
            framePath: [...context.framePath, cssPath(element, context.root)],
            frameMatches: [...context.frameMatches, ...selectors.filter((s) => safeMatches(element, s))],
            shadowPath: [],
          },
          depth + 1,
        );
      }
    }
  };
  visit({ root: top, framePath: [], frameMatches: [], shadowPath: [] }, 0);
  return out;
}

/** `querySelector` in a document and, failing that, in its open shadow roots (frames inside shadows). */
function queryDeep(root: Root, css: string): Element | null {
  try {
    const found = root.querySelector(css);
    if (found !== null) return found;
    for (const element of Array.from(root.querySelectorAll('*'))) {
      if (element.shadowRoot === null) continue;
      const inner = queryDeep(element.shadowRoot, css);
      if (inner !== null) return inner;
    }
  } catch {
    return null;
  }
  return null;
}

/** The document a frame path leads to, or null when a frame is gone or cross-origin. */
export function documentAt(top: Document, framePath: readonly string[]): Document | null {
  let doc: Document | null = top;
  for (const css of framePath) {
    if (doc === null) return null;
    const frame = queryDeep(doc, css);
    if (frame === null || !isFrame(frame)) return null;
    doc = sameOriginDocument(frame);
  }
  return doc;
}

export interface TargetPath {
  readonly framePath: readonly string[];
  readonly shadowPath: readonly string[];
  readonly css: string;
  readonly tag: string;
}

/** The element a collected path points at, or null when the page no longer has it. */
export function resolveTarget(top: Document, target: TargetPath): Element | null {
  const doc = documentAt(top, target.framePath);
  if (doc === null) return null;
  let root: Root = doc;
  for (const css of target.shadowPath) {
    const host: Element | null = root.querySelector(css);
    if (host?.shadowRoot == null) return null;
    root = host.shadowRoot;
  }
  try {
    const element = root.querySelector(target.css);
    return element !== null && element.localName === target.tag ? element : null;
  } catch {
    return null;
  }
}

/** The top document and every same-origin frame document. */
export function allDocuments(top: Document): Document[] {
  return walkRoots(top, [])
    .map((c) => c.root)
    .filter(isDocument);
}
