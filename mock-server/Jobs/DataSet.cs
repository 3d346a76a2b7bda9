namespace BuenaMock.Jobs;

/// <summary>The users and jobs a server starts with, generated from a seed and a clock.</summary>
internal sealed class DataSet
{
    /// <summary>The user of the API page's example, always the first generated user.</summary>
    public const string DocumentedUserId = "65e0a32640a597f6a7f897ea";

    public required IReadOnlyList<User> Users { get; init; }

    /// <summary>Every job's whole life; <see cref="JobTimeline.At"/> gives it at any instant.</summary>
    public required IReadOnlyList<JobTimeline> Timelines { get; init; }

    /// <summary>The instant the data was generated for.</summary>
    public DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The jobs as they were at <see cref="GeneratedAt"/>.</summary>
    public IReadOnlyList<Job> Jobs => JobsAt(GeneratedAt);

    /// <summary>The jobs as they are at <paramref name="now"/>.</summary>
    public IReadOnlyList<Job> JobsAt(DateTimeOffset now) => Timelines.Select(t => t.At(now)).ToArray();

    /// <summary>
    /// Generates <paramref name="userCount"/> users (the first is <see cref="DocumentedUserId"/>
    /// unless <paramref name="userIds"/> names them) with <paramref name="jobsPerUser"/> jobs each.
    /// Same arguments, same data.
    /// </summary>
    public static DataSet Generate(int seed, DateTimeOffset now, int userCount, int jobsPerUser, IReadOnlyList<string>? userIds = null)
    {
        var userFaker = new UserFaker(seed);
        var users = new List<User>(userCount);
        var seenUsers = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < userCount; i++)
        {
            var generated = userFaker.Generate();
            var id = userIds is not null && i < userIds.Count ? userIds[i]
                : i == 0 ? DocumentedUserId
                : generated.Id;
            while (!seenUsers.Add(id))
            {
                id = userFaker.Generate().Id;
            }

            users.Add(new User { Id = id, Name = generated.Name });
        }

        var jobs = new List<JobTimeline>(userCount * jobsPerUser);
        var seenJobs = new HashSet<string>(StringComparer.Ordinal);
        for (var u = 0; u < users.Count; u++)
        {
            var faker = new JobFaker(users[u].Id, UserSeed(seed, u), now, jobsPerUser);
            for (var i = 0; i < jobsPerUser; i++)
            {
                var job = faker.Generate();
                while (!seenJobs.Add(job.Id))
                {
                    job = faker.Generate();
                }

                jobs.Add(job);
            }
        }

        return new DataSet { Users = users, Timelines = jobs, GeneratedAt = JobFaker.Truncate(now) };
    }

    private static int UserSeed(int seed, int userIndex) => unchecked((seed * 1_000_003) + userIndex + 1);
}
