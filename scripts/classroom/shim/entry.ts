// The bundle's entry (see ./bundle.ts): the inline <script data-root data-base> that runs it.
import { configFrom, installClassroomShim } from './install';

installClassroomShim(configFrom(document.currentScript));
