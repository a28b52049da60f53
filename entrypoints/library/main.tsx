import { render } from 'preact';
import { Library } from '@/components/library/Library';
import { publishingHighlightStore } from '@/utils/browser/highlight-pages';
import './style.css';
import { localizePage } from '@/components/page-language';

localizePage('library_pageTitle');

// The library page opens the highlights database itself: it is an extension page, in the database's origin.
// Its writes (import, delete, undo) publish the page filter, as the service worker's do.
render(<Library store={publishingHighlightStore()} />, document.getElementById('app')!);
