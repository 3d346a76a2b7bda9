using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace BuenaMock.Tests.Support;

/// <summary>Certificates made for a test, valid from yesterday to tomorrow.</summary>
internal static class TestCertificates
{
    /// <summary>A self-signed ECDSA P-256 certificate for <paramref name="subject"/>.</summary>
    public static X509Certificate2 SelfSigned(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }
}
