# "Job Progress Tracking" from the Get User Jobs page, unchanged but for the base URL (and the
# `import os` its usage lines need).
# Run: BUENA_BASE_URL=http://127.0.0.1:5080/api/v2 BUENA_USER_API_KEY=bna_… python3 examples/tracker.py
import os
import requests
import time
from datetime import datetime

class JobTracker:
    def __init__(self, api_key):
        self.api_key = api_key
        self.base_url = os.getenv('BUENA_BASE_URL', 'https://api.buena.ai/api/v2')

    def get_jobs(self, status=None, job_type=None):
        """Get jobs with optional filtering"""
        params = {}
        if status:
            params['status'] = status
        if job_type:
            params['type'] = job_type
        response = requests.get(
            f'{self.base_url}/users/jobs',
            headers={'x-api-key': self.api_key},
            params=params
        )
        return response.json()

    def wait_for_completion(self, job_id, timeout=300):
        """Wait for a specific job to complete"""
        start_time = time.time()
        while time.time() - start_time < timeout:
            jobs_data = self.get_jobs()
            job = next((j for j in jobs_data['data']['jobs'] if j['id'] == job_id), None)
            if not job:
                print(f"❌ Job {job_id} not found")
                return False
            if job['status'] == 'completed':
                print(f"✅ Job {job_id} completed successfully")
                return True
            elif job['status'] == 'failed':
                print(f"❌ Job {job_id} failed: {job['message']}")
                return False
            else:
                print(f"⏳ Job {job_id} progress: {job['progress']}% ({job['status']})")
            time.sleep(10)
        print(f"⏰ Timeout waiting for job {job_id}")
        return False

    def get_daily_summary(self):
        """Get today's job summary"""
        today = datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)
        start_timestamp = int(today.timestamp())
        response = requests.get(
            f'{self.base_url}/users/jobs',
            headers={'x-api-key': self.api_key},
            params={'startDate': start_timestamp}
        )
        data = response.json()
        return {
            'date': today.strftime('%Y-%m-%d'),
            'statistics': data['data']['statistics'],
            'recent_jobs': data['data']['jobs'][:10]
        }

# Usage
tracker = JobTracker(os.getenv('BUENA_USER_API_KEY'))
# Monitor running jobs
running_jobs = tracker.get_jobs(status='running')
print(f"Currently running {len(running_jobs['data']['jobs'])} jobs")
# Get daily summary
summary = tracker.get_daily_summary()
print(f"Today's summary: {summary['statistics']}")
