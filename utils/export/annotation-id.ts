// A highlight's id as the IRI of its W3C annotation, and back. Highlights saved in Sidelight have UUIDs, written
// as `urn:uuid:…`; an imported one keeps the id it had (Hypothesis's are 22 characters of base64url), which is no
// UUID, so writing it as a `urn:uuid:` would name something that is not one. Those go under Sidelight's own
// namespace. Files written before either form are still read: their `urn:uuid:` held whatever the id was.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_URN = 'urn:uuid:';
const OTHER = 'urn:x-sidelight:highlight:';

/** The IRI of the annotation for the highlight of id `id`. */
export const annotationIri = (id: string): string =>
  UUID.test(id) ? `${UUID_URN}${id}` : `${OTHER}${encodeURIComponent(id)}`;

/** The highlight id an annotation IRI names, or null when it names none (another form, or bad escapes). */
export function highlightIdOf(iri: string): string | null {
  if (iri.startsWith(UUID_URN)) return iri.slice(UUID_URN.length);
  if (!iri.startsWith(OTHER)) return null;
  try {
    return decodeURIComponent(iri.slice(OTHER.length));
  } catch {
    return null;
  }
}
