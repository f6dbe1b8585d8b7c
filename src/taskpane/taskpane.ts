// The task pane's entry point (the composition root): waits for Office, then mounts the UI with the
// Office.js gateway, a browser store and the CSV worker. Everything else gets these as parameters.

import { startOffice } from '../excel/office-gateway';
import { mountTaskpane } from './app';
import type { KeyValueStore } from './app-state';
import { failureText } from './dom';

const store: KeyValueStore = {
  get: (key) => window.localStorage.getItem(key),
  set: (key, value) => window.localStorage.setItem(key, value),
};

startOffice()
  .then(({ gateway, supported }) =>
    mountTaskpane(
      document,
      {
        gateway,
        store,
        now: () => new Date(),
        newId: () => crypto.randomUUID(),
        startWorker: () => new Worker('csv-worker.js'),
      },
      supported,
    ),
  )
  .catch((e: unknown) => {
    const box = document.getElementById('alert');
    if (box !== null) {
      box.textContent = failureText(e);
      box.hidden = false;
    }
  });
