/**
 * What a person's hands do, as DOM events: scroll a field into view, focus it, type a value,
 * choose an option, tick a box, press a button, pick a file. React and similar frameworks only
 * accept a value set through the element's **native prototype setter** followed by bubbling
 * `input` and `change` events, so that is how every value goes in; boxes and buttons are clicked
 * (never flipped in place) so the page's own handlers see it. All of it runs in the content
 * script's isolated world: the page's JavaScript is never touched.
 */

function fire(element: Element, type: string): void {
  element.dispatchEvent(new Event(type, { bubbles: true, cancelable: type !== 'change', composed: true }));
}

/** Scrolls the element into view and focuses it, as a person would before typing. */
export function prepare(element: Element): void {
  const html = element as HTMLElement;
  html.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  html.focus?.({ preventScroll: true });
}

/** Leaves the field, so `blur`-time validation and formatting run. */
export function leave(element: Element): void {
  const html = element as HTMLElement;
  if (element.ownerDocument.activeElement === element) html.blur?.();
  else fire(element, 'blur');
}

/**
 * Sets `.value` through the setter of the element's own prototype chain (its realm's
 * HTMLInputElement/HTMLTextAreaElement/HTMLSelectElement), bypassing any per-instance override a
 * framework installed.
 */
export function setNativeValue(element: Element, value: string): void {
  for (let proto = Object.getPrototypeOf(element); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter !== undefined) {
      setter.call(element, value);
      return;
    }
  }
  (element as HTMLInputElement).value = value;
}

/** Types a whole value into a text field: focus, native setter, `input`, `change`, blur. */
export function typeValue(element: Element, value: string): void {
  prepare(element);
  if (element.getAttribute('contenteditable') === 'true') {
    element.textContent = value;
    fire(element, 'input');
  } else {
    setNativeValue(element, value);
    element.dispatchEvent(
      new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value }),
    );
    fire(element, 'change');
  }
  leave(element);
}

/** Chooses an option of a native select by value, with the events a person's choice makes. */
export function chooseOption(select: Element, value: string): void {
  prepare(select);
  setNativeValue(select, value);
  fire(select, 'input');
  fire(select, 'change');
  leave(select);
}

/** Dispatches one pointer or mouse event; false when the page cancelled it. */
function pointer(element: Element, type: string): boolean {
  const rect = element.getBoundingClientRect();
  const init = {
    bubbles: true,
    cancelable: true,
    composed: true,
    button: 0,
    buttons: type.endsWith('down') ? 1 : 0,
    clientX: rect.left + rect.width / 2,
    clientY: rect.top + rect.height / 2,
  };
  const event = type.startsWith('pointer')
    ? new PointerEvent(type, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true })
    : new MouseEvent(type, init);
  return element.dispatchEvent(event);
}

/**
 * A full press: pointer and mouse down/up, then `click()` (which follows links and submits
 * forms). Focus moves as the browser would move it: not when the page cancelled the mousedown
 * (dropdown widgets do, to keep focus in their search box).
 */
export function press(element: Element): void {
  const html = element as HTMLElement;
  html.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  pointer(element, 'pointerdown');
  if (pointer(element, 'mousedown')) html.focus?.({ preventScroll: true });
  pointer(element, 'pointerup');
  pointer(element, 'mouseup');
  html.click?.();
}

export function isChecked(element: Element): boolean {
  if (element.localName === 'input') return (element as HTMLInputElement).checked;
  return element.getAttribute('aria-checked') === 'true';
}

/** Ticks or clears a box by clicking it; a framework that refused the click is caught by the read-back. */
export function setChecked(element: Element, checked: boolean): void {
  if (isChecked(element) === checked) return;
  press(element);
  if (isChecked(element) !== checked && element.localName === 'input') {
    // Some pages hide the real box behind its label: click the label, as a person would.
    const label = (element as HTMLInputElement).labels?.[0];
    if (label !== undefined) press(label);
  }
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Puts a file in a file input through a DataTransfer, then fires `input` and `change`. */
export function chooseFile(input: Element, file: { name: string; mimeType: string; base64: string }): void {
  const picked = new File([bytesOf(file.base64)], file.name, { type: file.mimeType, lastModified: Date.now() });
  const transfer = new DataTransfer();
  transfer.items.add(picked);
  prepare(input);
  (input as HTMLInputElement).files = transfer.files;
  fire(input, 'input');
  fire(input, 'change');
  leave(input);
}
