using Bogus;

namespace BuenaMock.Jobs;

/// <summary>Generates users with 24-hex-character ids (the API's id format) and names.</summary>
internal sealed class UserFaker : Faker<User>
{
    public UserFaker(int seed)
    {
        UseSeed(seed);
        StrictMode(true);
        RuleFor(u => u.Id, f => f.Random.String2(24, "0123456789abcdef"));
        RuleFor(u => u.Name, f => f.Name.FullName());
    }
}
