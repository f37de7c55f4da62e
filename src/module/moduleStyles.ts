/**
 * The app's stylesheet, made to apply inside a shadow root: its custom properties and base font
 * sit on `:root` in the app and on `:host` here (nothing is added to, or read from, the host's
 * stylesheets; only inherited properties and `--mh-*` variables cross the boundary).
 */
import appStyles from '../app/styles.css?inline';
import moduleStyles from './module.css?inline';

export default `${appStyles.replaceAll(':root', ':host')}\n${moduleStyles}`;
