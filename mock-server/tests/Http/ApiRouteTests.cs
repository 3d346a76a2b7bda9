using BuenaMock.Http;

namespace BuenaMock.Tests.Http;

public class ApiRouteTests
{
    private static readonly ApiRoute Edit = new("PUT", "/api/v2/users/jobs/editJobMessage/{jobId}", (_, _) => Responses.Ok([]));
    private static readonly ApiRoute Jobs = new("GET", "/api/v2/users/jobs", (_, _) => Responses.Ok([]));

    [Theory]
    [InlineData("/api/v2/users/jobs")]
    [InlineData("/api/v2/users/jobs/")]
    public void Matches_TheRoutesPathWithOrWithoutTrailingSlash_True(string path)
    {
        Jobs.Matches(path).Should().BeTrue();
    }

    [Theory]
    [InlineData("/api/v2/users/jobs/jobStatus")]
    [InlineData("/api/v2/users")]
    [InlineData("/API/v2/users/jobs")]
    [InlineData("api/v2/users/jobs")]
    [InlineData("/api/v2/users/jobs//")]
    [InlineData("")]
    public void Matches_AnyOtherPath_False(string path)
    {
        Jobs.Matches(path).Should().BeFalse();
    }

    [Theory]
    [InlineData("/api/v2/users/jobs/editJobMessage/job_123abc", "job_123abc")]
    [InlineData("/api/v2/users/jobs/editJobMessage/job_123abc/", "job_123abc")]
    [InlineData("/api/v2/users/jobs/editJobMessage/job with space", "job with space")]
    [InlineData("/api/v2/users/jobs/editJobMessage/job%2520x", "job%2520x")]
    public void TryMatch_ParameterSegment_CapturedAsGiven(string path, string expected)
    {
        // WireMock hands routes the path already percent-decoded: the route must not decode it again.
        Edit.TryMatch(path, out var values).Should().BeTrue();
        values["jobId"].Should().Be(expected);
    }

    [Theory]
    [InlineData("/api/v2/users/jobs/editJobMessage")]
    [InlineData("/api/v2/users/jobs/editJobMessage/")]
    [InlineData("/api/v2/users/jobs/editJobMessage/a/b")]
    public void TryMatch_ParameterMissingOrExtraSegment_False(string path)
    {
        Edit.TryMatch(path, out _).Should().BeFalse();
    }
}
