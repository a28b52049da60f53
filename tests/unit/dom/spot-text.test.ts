// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { spotText } from '@/utils/dom/spot-text';

it('reads the title and the body text, leaving out the body’s top-level scripts and styles', () => {
  document.title = 'Who leaked the calls';
  document.body.innerHTML = `<main><p>Witkoff spoke to Ushakov.</p><script>var inline = 1;</script></main>
<script type="application/json">{"name":"Dmitriev"}</script><style>p{color:red}</style><footer>End.</footer>`;
  const text = spotText(document);
  expect(text.startsWith('Who leaked the calls\n')).toBe(true);
  expect(text).toContain('Witkoff spoke to Ushakov.');
  expect(text).toContain('End.');
  expect(text).not.toContain('Dmitriev');
  expect(text).not.toContain('color:red');
});
