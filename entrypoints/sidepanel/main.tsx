import { render } from 'preact';
import { SidePanelApp, type PanelPage } from '../../components/sidepanel/SidePanelApp';
import { firstPanelRead, sidePanelActions } from './actions';
import '../../components/tally-ui.css';

/** How long the panel waits for the page's figures before it paints "Reading the page…" instead. */
const WAIT_FOR_FIGURES_MS = 150;
/** The test build (WXT_TALLY_TEST_BUILD=1) marks when the figures are on screen, for the side panel bench. */
const TEST_BUILD = import.meta.env.WXT_TALLY_TEST_BUILD === '1';

// Thin: ask the page for its figures at once, and paint once with them rather than twice (an
// empty panel, then the figures); a page slow to answer gets "Reading the page…" meanwhile.
const firstRead = firstPanelRead();
let mounted = false;
function mount(initial?: PanelPage | null): void {
  if (mounted) return;
  mounted = true;
  const onShown = TEST_BUILD ? () => performance.mark('tally:sidepanel-shown') : undefined;
  render(<SidePanelApp actions={sidePanelActions} firstRead={firstRead} initial={initial} onShown={onShown} />, document.getElementById('app')!);
}
firstRead.then(mount, () => mount(null));
setTimeout(mount, WAIT_FOR_FIGURES_MS);
