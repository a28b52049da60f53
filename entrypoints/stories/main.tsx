import { render } from 'preact';
import { StoriesPage } from '@/components/stories/StoriesPage';
import './style.css';
import { localizePage } from '@/components/page-language';

localizePage('stories_pageTitle');

// The stories page: every story, with rename, remove article, copy, delete, export and import. All changes go
// through the background (entrypoints/background/stories.ts), which validates and refreshes the notes.
render(<StoriesPage />, document.getElementById('app')!);
