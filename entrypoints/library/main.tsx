import { render } from 'preact';
import { Library } from '@/components/library/Library';
import { HighlightStore } from '@/utils/store/highlights-store';
import './style.css';

// The library page opens the highlights database itself: it is an extension page, in the database's origin.
render(<Library store={new HighlightStore()} />, document.getElementById('app')!);
