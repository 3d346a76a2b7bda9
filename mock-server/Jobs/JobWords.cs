namespace BuenaMock.Jobs;

/// <summary>
/// The product's vocabulary in one place: LinkedIn action types (from the API's LinkedIn pages)
/// and the messages a job shows in each state.
/// </summary>
internal static class JobWords
{
    /// <summary>The documented LinkedIn action types.</summary>
    public static IReadOnlyList<string> ActionTypes { get; } =
    [
        "sendConnectionRequest",
        "getAcceptedConnections",
        "sendMessageToFirst",
        "sendFirstMessage",
        "sendVoiceMessage",
        "getLinkedInMessages",
        "getSpecificConversationMessages",
        "accessConversationByThreadId",
    ];

    private static readonly Dictionary<string, (string Running, string Completed)> ActionMessages = new()
    {
        ["sendConnectionRequest"] = ("Sending connection request", "Connection request sent successfully"),
        ["getAcceptedConnections"] = ("Fetching accepted connections", "Accepted connections retrieved successfully"),
        ["sendMessageToFirst"] = ("Sending message to first-degree connection", "Message sent successfully"),
        ["sendFirstMessage"] = ("Sending first message", "First message sent successfully"),
        ["sendVoiceMessage"] = ("Sending voice message", "Voice message sent successfully"),
        ["getLinkedInMessages"] = ("Fetching LinkedIn messages", "LinkedIn messages retrieved successfully"),
        ["getSpecificConversationMessages"] = ("Fetching conversation messages", "Conversation messages retrieved successfully"),
        ["accessConversationByThreadId"] = ("Opening conversation by thread ID", "Conversation accessed successfully"),
    };

    /// <summary>Failures a client may retry: each contains "rate limit", "timeout" or "network".</summary>
    public static IReadOnlyList<string> RetryableLinkedInFailures { get; } =
    [
        "LinkedIn rate limit reached, retry later",
        "Request timeout while waiting for LinkedIn",
        "network error: connection to LinkedIn was reset",
    ];

    public static IReadOnlyList<string> PermanentLinkedInFailures { get; } =
    [
        "Profile not found or no longer available",
        "LinkedIn session expired, please reconnect your account",
        "Connection request already pending for this profile",
        "Recipient is not a first-degree connection",
    ];

    public static IReadOnlyList<string> RetryableEnrichmentFailures { get; } =
    [
        "Enrichment provider rate limit exceeded",
        "Enrichment request timeout after 30 seconds",
        "network error while contacting the enrichment provider",
    ];

    public static IReadOnlyList<string> PermanentEnrichmentFailures { get; } =
    [
        "Invalid lead data: missing email or LinkedIn URL",
        "Enrichment credits exhausted for this billing period",
    ];

    /// <summary>Message of a LinkedIn action that is waiting for its delay, as the scheduling route words it.</summary>
    public static string LinkedInPending(string actionType, int delayMs) =>
        $"{actionType} action scheduled successfully with delay of {delayMs} ms.";

    public static string LinkedInRunning(string actionType) =>
        ActionMessages.TryGetValue(actionType, out var m) ? m.Running : $"Running {actionType}";

    public static string LinkedInCompleted(string actionType) =>
        ActionMessages.TryGetValue(actionType, out var m) ? m.Completed : $"{actionType} completed successfully";

    public static string EnrichmentPending(int batchSize) => $"Lead enrichment batch queued ({batchSize} leads)";

    public static string EnrichmentRunning() => "Processing lead enrichment batch";

    public static string EnrichmentCompleted(int batchSize) => $"Lead enrichment batch completed: {batchSize} leads enriched";
}
