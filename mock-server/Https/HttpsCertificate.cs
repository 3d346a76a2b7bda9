using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using BuenaMock.Options;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace BuenaMock.Https;

/// <summary>
/// The certificate <c>--https</c> serves: the given <c>--https-cert</c> (a PKCS#12 <c>.pfx</c>), or one
/// generated in memory at each start, self-signed for <c>localhost</c>, <c>127.0.0.1</c>, <c>::1</c> and
/// the <c>--host</c>, valid from a day before the real clock's now for 30 days (TLS clients check the
/// real time, not the mock's virtual clock). Nothing is written to disk or to a certificate store.
/// </summary>
internal static class HttpsCertificate
{
    public const string GeneratedSubject = "CN=BuenaMock development certificate";

    /// <summary>The certificate to serve, or null for plain HTTP; a certificate that cannot be read is an <see cref="OptionsException"/> naming the file.</summary>
    public static X509Certificate2? For(BuenaMockOptions options, TimeProvider realTime)
    {
        if (options.HttpsCertificatePassword is not null && options.HttpsCertificatePath is null)
        {
            throw new OptionsException([options.Problem("httpsCertPassword", null, "given without --https-cert").ToString()]);
        }

        if (options.HttpsCertificatePath is { } path)
        {
            return Load(path, options.HttpsCertificatePassword, message => options.Problem("httpsCert", path, message).ToString());
        }

        return options.Https ? Generate(options.Host, realTime.GetUtcNow()) : null;
    }

    /// <summary>
    /// Has Kestrel serve <paramref name="certificate"/> on the https URL; pass as <c>AdditionalServiceRegistration</c>.
    /// Not WireMock's <c>CertificateSettings</c>: a path there is read a second time, and a certificate object there
    /// is serialized with the settings, which throws for an ECDSA key.
    /// </summary>
    public static void Serve(IServiceCollection services, X509Certificate2 certificate) =>
        services.Configure<KestrelServerOptions>(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate));

    private static X509Certificate2 Load(string path, string? password, Func<string, string> problem)
    {
        if (!File.Exists(path))
        {
            throw new OptionsException([problem("file not found")]);
        }

        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (CryptographicException)
        {
            throw new OptionsException([problem("not a PKCS#12 (.pfx) certificate, or the password (--https-cert-password) is wrong")]);
        }

        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new OptionsException([problem("the certificate has no private key, so it cannot serve HTTPS")]);
        }

        return certificate;
    }

    private static X509Certificate2 Generate(string host, DateTimeOffset now)
    {
        // RSA 2048 rather than ECDSA: the key every TLS client accepts.
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(GeneratedSubject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        names.AddIpAddress(IPAddress.IPv6Loopback);
        if (IPAddress.TryParse(host.Trim('[', ']'), out var address))
        {
            names.AddIpAddress(address);
        }
        else if (host != "localhost")
        {
            names.AddDnsName(host);
        }

        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1", "Server Authentication")], false));

        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(30));

        // Kestrel needs a key it can use for TLS: a certificate made in memory carries an ephemeral one, so it
        // is round-tripped through PKCS#12 once.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
    }
}
