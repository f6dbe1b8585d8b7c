// Ribbon commands on Office.js: kept here because src/excel is the only place that names Office.
// The ribbon's one button opens the task pane (a ShowTaskpane action in the manifest), which needs no
// code; the function file still has to initialise Office so Excel can load it.

export function registerCommands(): void {
  void Office.onReady();
}
