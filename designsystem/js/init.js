/** Initialises every design system module on the page: <script type="module" src=".../js/init.js"></script>. */
import { initAll } from './all.js';

initAll();
