// Preloaded into a process the benchmark measures (`node --require`): at exit it writes the
// process's peak RSS and CPU time, all threads included, as JSON to the file $DOSSIER_BENCH_USAGE.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeFileSync(process.env.DOSSIER_BENCH_USAGE, JSON.stringify({
    maxRssKilobytes: usage.maxRSS,
    cpuMilliseconds: (usage.userCPUTime + usage.systemCPUTime) / 1000,
  }));
});
