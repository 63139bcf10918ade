import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { optionsActions } from './actions';
import '../../components/tally-ui.css';

render(<OptionsApp actions={optionsActions} />, document.getElementById('app')!);
