// Sidelight's controls inside pages act only on what the person did. A page's script can make events too
// (`button.click()`, `dispatchEvent`), and Sidelight's UI sits in that page: a save, a comment, an opened note
// must come from the person's own click or key, which the browser marks `isTrusted`.

/** Wraps an event handler so that it runs only for events the person caused, never for ones a script made. */
export function trusted<E extends Event>(handler: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) handler(e);
  };
}

/** For links: a click a script made does not follow the link (a click the person made does, as usual). */
export function refuseUntrusted(e: Event): void {
  if (!e.isTrusted) e.preventDefault();
}
