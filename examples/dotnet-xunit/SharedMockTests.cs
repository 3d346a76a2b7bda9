using System.Net;
using BuenaMock.Testing;
using Xunit;

namespace Example.Tests;

// One mock for every test class in the collection.
[CollectionDefinition("mock")]
public class MockCollection : ICollectionFixture<BuenaMockFixture>;

[Collection("mock")]
public class HealthTests(BuenaMockFixture mock)
{
    [Fact]
    public async Task HealthNeedsNoKey()
    {
        using var client = mock.CreateClient(apiKey: null);

        using var response = await client.GetAsync("health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
