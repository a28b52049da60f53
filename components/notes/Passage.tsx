import { sharedWordSegments } from '@/utils/notes/shared-words';

/** Another outlet's passage as text, with the words it shares with the claim emphasised. */
export function Passage({ text, claim }: { text: string; claim: string }) {
  return (
    <blockquote class="passage">
      {sharedWordSegments(text, claim).map((s, i) => (s.shared ? <mark key={i}>{s.text}</mark> : s.text))}
    </blockquote>
  );
}
