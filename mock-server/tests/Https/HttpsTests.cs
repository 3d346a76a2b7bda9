using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Https;

/// <summary><c>--https</c>: a generated development certificate, or a given <c>.pfx</c>.</summary>
public class HttpsTests
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
        using var own = SelfSigned("CN=my test server");
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

    [Fact]
    public async Task Start_HttpsCertWithAWrongPassword_OneProblemNamingTheFile()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "mine.pfx");
        using var own = SelfSigned("CN=my test server");
        await File.WriteAllBytesAsync(path, own.Export(X509ContentType.Pkcs12, "right"), TestContext.Current.CancellationToken);

        var start = () => MockHttp.Start(configure: o =>
        {
            o.HttpsCertificatePath = path;
            o.HttpsCertificatePassword = "wrong";
        });

        start.Should().Throw<OptionsException>().Which.Problems.Should().Equal(
            $"--https-cert {path}: not a PKCS#12 (.pfx) certificate, or the password (--https-cert-password) is wrong");
    }

    [Fact]
    public void Start_HttpsCertMissingOrPasswordAlone_OneProblemEach()
    {
        var missing = () => MockHttp.Start(configure: o => o.HttpsCertificatePath = "no-such.pfx");
        var passwordAlone = () => MockHttp.Start(configure: o => o.HttpsCertificatePassword = "secret");

        missing.Should().Throw<OptionsException>().Which.Problems.Should().Equal("--https-cert no-such.pfx: file not found");
        passwordAlone.Should().Throw<OptionsException>().Which.Problems.Should().Equal("--https-cert-password: given without --https-cert");
    }

    [Fact]
    public void Load_HttpsOptions_FlagAndValuesFromEverySource()
    {
        var fromCli = OptionsLoader.Load(["--https", "--https-cert", "dev.pfx", "--https-cert-password", "pw"], new Dictionary<string, string?>());
        var fromEnvironment = OptionsLoader.Load([], new Dictionary<string, string?> { ["BUENAMOCK_HTTPS"] = "true" });

        fromCli.Problems.Should().BeEmpty();
        fromCli.Options!.Https.Should().BeTrue();
        fromCli.Options.HttpsCertificatePath.Should().Be("dev.pfx");
        fromCli.Options.HttpsCertificatePassword.Should().Be("pw");
        fromEnvironment.Options!.Https.Should().BeTrue();
    }

    [Fact]
    public async Task Banner_Https_SaysHowToTrustAndTheCurlSkipsTheCheck()
    {
        await using var mock = MockHttp.Start(configure: o => o.Https = true);
        using var output = new StringWriter();

        Banner.Write(output, mock);

        var text = output.ToString();
        text.Should().Contain($"  HTTPS     generated development certificate, SHA-256 {mock.Certificate!.GetCertHashString(HashAlgorithmName.SHA256)}; not trusted by clients: use curl -k, or --https-cert");
        text.Should().Contain($"curl -sk {mock.BaseUrl}/users/jobs");
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

    private static X509Certificate2 SelfSigned(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }
}
