import { render } from 'preact';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { sidePanelActions } from './actions';
import '../../components/tally-ui.css';

// Thin: the view does the rest.
render(<SidePanelApp actions={sidePanelActions} />, document.getElementById('app')!);
