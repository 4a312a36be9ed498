/** Filled in by src/integrations/offline.ts when it publishes the worker as /sw.js (see serviceWorkerScript). */
declare const __OFFLINE_VERSION__: string;
declare const __OFFLINE_URLS__: string[];
declare const __KEPT_WHEN_OPENED__: Record<string, string[]>;
declare const __OFFLINE_PAGE__: string;
