import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { popupActions, targetTab } from './actions';
import '../../components/tally-ui.css';

// Thin: find the tab the popup acts on, then hand everything to the view.
// A tab that cannot be read still gets the popup (search works without one).
targetTab()
  .catch(() => null)
  .then((tab) => render(<PopupApp tab={tab} actions={popupActions} />, document.getElementById('app')!));
