// "Job Status Monitoring Dashboard" from the Get User Jobs page, unchanged but for the base URL and
// one immediate call (the page waits 30 seconds for the first update).
// Run: BUENA_BASE_URL=http://127.0.0.1:5080/api/v2 BUENA_USER_API_KEY=bna_… node examples/dashboard.js
const BASE_URL = process.env.BUENA_BASE_URL ?? "https://api.buena.ai/api/v2";

async function createJobsDashboard() {
  try {
    const response = await fetch(`${BASE_URL}/users/jobs`, {
      headers: {
        "x-api-key": process.env.BUENA_USER_API_KEY,
      },
    });
    const data = await response.json();
    // Display job statistics
    const stats = data.data.statistics;
    console.log(`📊 Job Statistics:`);
    console.log(`Total: ${stats.total}`);
    console.log(`✅ Completed: ${stats.completed}`);
    console.log(`⏳ Running: ${stats.running}`);
    console.log(`📋 Pending: ${stats.pending}`);
    console.log(`❌ Failed: ${stats.failed}`);
    console.log(`📈 Success Rate: ${stats.successRate}%`);
    // Show recent jobs
    const recentJobs = data.data.jobs
      .sort((a, b) => new Date(b.createdAt) - new Date(a.createdAt))
      .slice(0, 5);
    console.log(`\n🕐 Recent Jobs:`);
    recentJobs.forEach((job) => {
      const status = getStatusEmoji(job.status);
      console.log(`${status} ${job.type} - ${job.message} (${job.progress}%)`);
    });
  } catch (error) {
    console.error("Failed to fetch job data:", error);
  }
}
function getStatusEmoji(status) {
  const statusMap = {
    completed: "✅",
    running: "⏳",
    pending: "📋",
    failed: "❌",
  };
  return statusMap[status] || "❓";
}
// Update dashboard every 30 seconds
setInterval(createJobsDashboard, 30000);
createJobsDashboard();
