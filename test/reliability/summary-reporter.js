/**
 * Jest reporter of the reliability suite: one closing line with the checks that held and the
 * ones that failed, and the time the suite took.
 */
class ReliabilitySummaryReporter {
  onRunComplete(_contexts, results) {
    const held = results.numPassedTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const skipped = results.numPendingTests;
    const seconds = ((Date.now() - results.startTime) / 1000).toFixed(0);
    const skippedText = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(`reliability: ${held} checks held, ${failed} failed${skippedText} (${seconds} s)\n`);
  }
}

module.exports = ReliabilitySummaryReporter;
