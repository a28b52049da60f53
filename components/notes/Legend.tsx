interface Props {
  /** Whether claims no other source reports are underlined (dotted) too. */
  underlineUnreported: boolean;
  /** Held by the parent, which moves what is below the key down when it opens (Rail.tsx). */
  open: boolean;
  onToggle(): void;
}

/** What the notes' numbers and the underlines mean: a button the keyboard reaches, and the key it unfolds, in
 *  text a screen reader reads (the samples are pictures of the real marks, hidden from it). */
export function Legend({ underlineUnreported, open, onToggle }: Props) {
  return (
    <div class="legend-wrap">
      <button
        type="button"
        class="legend-button"
        data-testid="legend-button"
        aria-expanded={open}
        aria-controls="sl-legend"
        onClick={onToggle}
      >
        What the marks mean
      </button>
      {open && (
        <ul class="legend" id="sl-legend" data-testid="legend">
          <li>
            <span class="count" aria-hidden="true">
              2
            </span>
            <span>
              A number in a circle: how many other outlets report the claim (on a marker, the claims beside it).
            </span>
          </li>
          <li>
            <span class="count none" aria-hidden="true">
              –
            </span>
            <span>No other outlet reports it.</span>
          </li>
          <li>
            <span class="badge" aria-hidden="true">
              ≠ 3
            </span>
            <span>
              Not equal to, and a number: how many differences from their passages, such as a quote worded differently,
              another number or date, or firmer or softer wording. Open the note to read them.
            </span>
          </li>
          <li>
            <span class="sample-line" aria-hidden="true" />
            <span>
              Underlined in the text: claims other outlets report.{' '}
              {underlineUnreported
                ? 'Dotted: claims no other outlet reports.'
                : 'Claims no other outlet reports are not underlined (Sidelight’s settings can dot them).'}
            </span>
          </li>
        </ul>
      )}
    </div>
  );
}
