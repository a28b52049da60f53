import { sharedWordSegments } from '@/utils/notes/shared-words';

/** Another outlet's passage as text, with the words it shares with the claim emphasised; `lang`, where it is in
 *  another language than the page, lets a screen reader read it in that language's voice. */
export function Passage({ text, claim, lang }: { text: string; claim: string; lang?: string }) {
  return (
    <blockquote class="passage" lang={lang}>
      {sharedWordSegments(text, claim).map((s, i) => (s.shared ? <mark key={i}>{s.text}</mark> : s.text))}
    </blockquote>
  );
}
