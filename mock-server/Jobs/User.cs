namespace BuenaMock.Jobs;

/// <summary>A user who owns jobs. <see cref="Id"/> is 24 lowercase hex characters.</summary>
internal sealed class User
{
    public string Id { get; init; } = "";

    public string Name { get; init; } = "";
}
