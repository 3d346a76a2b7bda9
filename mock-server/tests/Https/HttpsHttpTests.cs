using System.Net;
using System.Security.Cryptography.X509Certificates;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Https;

/// <summary><c>--https</c> over the wire: a generated development certificate, or a given <c>.pfx</c>.</summary>
public class HttpsHttpTests
{
    [Fact]
    public async Task Get_HttpsWithAGeneratedCertificate_AnswersOverTlsForLocalhostAndLoopback()
    {
        await using var mock = MockHttp.Start(configure: o => o.Https = true);
        X509Certificate2? presented = null;
        using var client = TrustingClient(mock, c => presented = c);

        using var response = await client.GetAsync("users/jobs", MockHttp.FullKey);

        mock.Url.Should().StartWith("https://127.0.0.1:");
        ((int)response.StatusCode).Should().Be(200);
        presented!.Subject.Should().Be("CN=BuenaMock development certificate");
        presented.Thumbprint.Should().Be(mock.Certificate!.Thumbprint);
        var names = presented.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        names.EnumerateDnsNames().Should().Contain("localhost");
        names.EnumerateIPAddresses().Should().Contain([IPAddress.Loopback, IPAddress.IPv6Loopback]);
        presented.NotAfter.Should().BeAfter(DateTime.Now, "TLS clients check the real time, not the mock's pinned clock");
    }

    [Fact]
    public async Task Get_HttpsUntrustedByDefault_TheClientRefusesTheConnection()
    {
        await using var mock = MockHttp.Start(configure: o => o.Https = true);
        using var client = MockHttp.Client(mock);

        var send = () => client.GetAsync("health", key: null);

        await send.Should().ThrowAsync<HttpRequestException>("a generated certificate is trusted by no client until told to");
    }

    [Fact]
    public async Task Get_HttpsCertGiven_ThatCertificateServed()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "mine.pfx");
        using var own = TestCertificates.SelfSigned("CN=my test server");
        await File.WriteAllBytesAsync(path, own.Export(X509ContentType.Pkcs12, "pfx-password"), TestContext.Current.CancellationToken);
        await using var mock = MockHttp.Start(configure: o =>
        {
            o.HttpsCertificatePath = path;
            o.HttpsCertificatePassword = "pfx-password";
        });
        X509Certificate2? presented = null;
        using var client = TrustingClient(mock, c => presented = c);

        using var response = await client.GetAsync("health", key: null);

        ((int)response.StatusCode).Should().Be(200);
        presented!.Thumbprint.Should().Be(own.Thumbprint);
    }

    private static HttpClient TrustingClient(BuenaMockServer mock, Action<X509Certificate2> seen)
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
            {
                seen(new X509Certificate2(certificate!));
                return certificate!.Thumbprint == mock.Certificate!.Thumbprint;
            },
        };
        return new HttpClient(handler, disposeHandler: true) { BaseAddress = new Uri(mock.BaseUrl + "/"), Timeout = TimeSpan.FromSeconds(10) };
    }
}
