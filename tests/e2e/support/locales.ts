import de from '../../../src/web/locales/de.json';
import en from '../../../src/web/locales/en.json';
import fr from '../../../src/web/locales/fr.json';
import nl from '../../../src/web/locales/nl.json';

// The journeys look for the labels the app really shows, taken from its own translation files.
export const labels = { fr, de, en, nl };
