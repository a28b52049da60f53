import type { Box } from '@/utils/dom/claim-geometry';

interface Props {
  boxes: { id: string; boxes: Box[]; linked: boolean }[];
  emphasisId: string | null;
}

/** Where the Custom Highlight API is missing: translucent boxes over the claims' lines, inside our own layer. */
export function FallbackMarks({ boxes, emphasisId }: Props) {
  return (
    <div class="fallback" aria-hidden="true">
      {boxes.flatMap(({ id, boxes: lines, linked }) =>
        lines.map((b, i) => (
          <div
            key={`${id}-${i}`}
            class={`mark${linked ? '' : ' unreported'}${emphasisId === id ? ' emph' : ''}`}
            style={{ left: `${b.left}px`, top: `${b.top}px`, width: `${b.width}px`, height: `${b.height}px` }}
          />
        )),
      )}
    </div>
  );
}
