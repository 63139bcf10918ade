import { render } from 'preact';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { sidePanelActions } from './actions';
import '../../components/tally-ui.css';

// Thin: ask the page for its figures at once (the view's effects would wait for a paint), then mount the view.
const firstRead = sidePanelActions.read();
render(<SidePanelApp actions={sidePanelActions} firstRead={firstRead} />, document.getElementById('app')!);
