using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BuenaMock.Options;
using BuenaMock.Tests.Support;

namespace BuenaMock.Tests.Https;

/// <summary><c>--https</c> options: loading, a given <c>.pfx</c> that cannot be used, and what the banner says.</summary>
public class HttpsTests
{
    [Fact]
    public async Task Start_HttpsCertWithAWrongPassword_OneProblemNamingTheFile()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "mine.pfx");
        using var own = TestCertificates.SelfSigned("CN=my test server");
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
}
