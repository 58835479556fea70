/** localStorage key of the reader's explicit theme choice ('light' | 'dark'). */
export const THEME_KEY = 'momentum.theme';

/**
 * Runs in <head> before the first paint so a dark-mode reader never sees a white flash:
 * the stored choice wins, else the system preference.
 */
export const THEME_INIT_SCRIPT = `(function(){try{var t=localStorage.getItem('${THEME_KEY}');if(t!=='light'&&t!=='dark'){t=window.matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.setAttribute('data-theme',t)}catch(e){}})();`;
