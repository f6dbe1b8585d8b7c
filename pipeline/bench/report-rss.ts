// Preloaded with `node --require` into a measured process: prints its peak resident memory (all
// threads) as the last line on stderr when it exits.

process.on('exit', () => {
  process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
