// "Automated Job Cleanup" from the Get User Jobs page, unchanged but for the base URL.
// Run: BUENA_BASE_URL=http://127.0.0.1:5080/api/v2 BUENA_USER_API_KEY=bna_… node examples/cleanup.js
const BASE_URL = process.env.BUENA_BASE_URL ?? "https://api.buena.ai/api/v2";

async function cleanupFailedJobs() {
  const response = await fetch(
    `${BASE_URL}/users/jobs?status=failed`,
    {
      headers: {
        "x-api-key": process.env.BUENA_USER_API_KEY,
      },
    }
  );
  const data = await response.json();
  const failedJobs = data.data.jobs;
  // Group failed jobs by type
  const failuresByType = failedJobs.reduce((acc, job) => {
    if (!acc[job.type]) acc[job.type] = [];
    acc[job.type].push(job);
    return acc;
  }, {});
  console.log("Failed Jobs Analysis:");
  Object.entries(failuresByType).forEach(([type, jobs]) => {
    console.log(`\n${type}: ${jobs.length} failures`);
    // Find common error patterns
    const errorMessages = jobs.map((j) => j.message);
    const uniqueErrors = [...new Set(errorMessages)];
    uniqueErrors.forEach((error) => {
      const count = errorMessages.filter((msg) => msg === error).length;
      console.log(` - "${error}": ${count} occurrences`);
    });
  });
  // Identify jobs that might need retry
  const retryableJobs = failedJobs.filter(
    (job) =>
      job.message.includes("rate limit") ||
      job.message.includes("timeout") ||
      job.message.includes("network")
  );
  if (retryableJobs.length > 0) {
    console.log(`\n🔄 ${retryableJobs.length} jobs might be retryable`);
  }
}
// Run cleanup analysis daily
cleanupFailedJobs();
