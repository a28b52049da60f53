import { render } from 'preact';
import { CoverageApp } from '@/components/coverage/CoverageApp';
import './style.css';
import { localizePage } from '@/components/page-language';

localizePage('coverage_pageTitle');

// The coverage view: a story as a picture, claims down the side and sources across the top. The matrix is
// computed in the background (entrypoints/background/coverage.ts), where the engine lives.
render(<CoverageApp storyId={new URLSearchParams(location.search).get('story')} />, document.getElementById('app')!);
