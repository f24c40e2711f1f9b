// Preloaded into a measured process (node -r): at exit, writes the whole process's CPU time (user +
// system, every thread, from its start) and peak memory to the file named by PRESS_GALLERY_BENCH_REPORT.
const { writeFileSync } = require('node:fs');
const file = process.env.PRESS_GALLERY_BENCH_REPORT;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssMB: u.maxRSS / 1024 }));
  });
}
