namespace BuenaMock.Jobs;

/// <summary>
/// A job as stored: its timeline and, after an edit, the message a user set. The edited message
/// shows while the job stays in the state it was edited in; when the job moves on, its message
/// follows the new state again.
/// </summary>
internal sealed class JobRecord
{
    private Job? _final;

    public JobRecord(JobTimeline timeline, string? editedMessage = null, string? editedInStatus = null)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        Timeline = timeline;
        EditedMessage = editedMessage;
        EditedInStatus = editedInStatus;
    }

    public JobTimeline Timeline { get; }

    public string? EditedMessage { get; }

    public string? EditedInStatus { get; }

    public string Id => Timeline.Id;

    public string UserId => Timeline.UserId;

    public DateTimeOffset CreatedAt => Timeline.CreatedAt;

    /// <summary>The job at <paramref name="now"/>. An ended job never changes again, so it is built once.</summary>
    public Job At(DateTimeOffset now)
    {
        if (_final is { } final && now >= Timeline.EndAt)
        {
            return final;
        }

        var status = Timeline.StatusAt(now);
        var job = Timeline.At(now, status == EditedInStatus ? EditedMessage : null);
        if (!JobStatuses.IsActive(status))
        {
            _final = job;
        }

        return job;
    }

    /// <summary>This job with <paramref name="message"/> set at <paramref name="now"/>.</summary>
    public JobRecord WithMessage(string message, DateTimeOffset now) => new(Timeline, message, Timeline.StatusAt(now));
}
