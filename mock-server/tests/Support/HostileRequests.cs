using System.Globalization;
using System.Text;
using CsCheck;

namespace BuenaMock.Tests.Support;

/// <summary>The real ids and the admin token the generated requests mix with garbage.</summary>
internal sealed record KnownValues(string UserId, string OtherUserId, string JobId, string OtherJobId, string AdminToken, IReadOnlyList<string> Keys);

/// <summary>
/// CsCheck generators of hostile requests: odd methods; paths encoded, dotted, wrong-cased, slashed, very
/// long, with unicode and NUL-like encodings; query strings huge, repeated, non-UTF-8, with injections;
/// keys empty, mis-prefixed, too long, upper-cased, padded; <c>Prefer</c> values; bodies malformed,
/// deeply nested, mistyped, invalid UTF-8, oversized; headers too many or too large. Every target is one
/// Kestrel accepts as HTTP/1.1 (printable ASCII, no <c>%00</c> in the path, which Kestrel refuses itself: see HostileInputTests).
/// </summary>
internal static class HostileRequests
{
    private const string Hex = "0123456789abcdef";
    private const int MaxPathLength = 40_000;
    private const string SafeChars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@%/?[]{}|^`\"<>#\\";

    public static Gen<HostileRequest> Create(KnownValues known) =>
        Gen.Select(Method, Path(known), Query, Headers(known), Body, Gen.Int[0, 99], (method, path, query, headers, body, coin) =>
            new HostileRequest(method, path, query, headers, body, Chunked: body is not null && coin < 25, Raw: coin % 2 == 0));

    private static readonly Gen<string> Method = Gen.Frequency(
        (40, Gen.Const("GET")), (20, Gen.Const("PUT")), (8, Gen.Const("POST")), (4, Gen.Const("DELETE")), (4, Gen.Const("HEAD")),
        (3, Gen.Const("PATCH")), (3, Gen.Const("OPTIONS")), (2, Gen.Const("TRACE")),
        (6, Gen.OneOf("get", "Put", "PROPFIND", "M-SEARCH", "BREW", "CONNECT", "MKCOL", new string('X', 40))));

    private static Gen<string> Path(KnownValues known)
    {
        var userId = Gen.OneOf(known.UserId, known.UserId, known.OtherUserId, "000000000000000000000000", "..", "%2e%2e", "%252e%252e",
            known.UserId.ToUpperInvariant(), "%20", "..%2F..%2F..%2Fetc%2Fpasswd", "%u0000", new string('f', 2_000));
        var jobId = Gen.OneOf(known.JobId, known.JobId, known.OtherJobId, "job_0000000000", "%2e", "job_%2500", known.JobId + "%00x".Replace("%00", "%2500", StringComparison.Ordinal),
            "..%5C..%5Cwindows", known.JobId.ToUpperInvariant(), "%F0%9F%92%A9");
        var template = Gen.Frequency(
            (10, Gen.Const("/api/v2/users/jobs")),
            (6, userId.Select(u => "/api/v2/users/jobs/userJobStatus/" + u)),
            (5, Gen.Const("/api/v2/users/jobs/jobStatus")),
            (5, Gen.Const("/api/v2/users/jobs/jobCounts")),
            (10, jobId.Select(j => "/api/v2/users/jobs/editJobMessage/" + j)),
            (4, Gen.Const("/api/v2/health")),
            (3, Gen.OneOf("/__buena/openapi.yaml", "/__buena/openapi.json", "/__buena/jobs-response.schema.json", "/__buena/..%2Fopenapi.yaml", "/__buena/%2e%2e%2fREADME.md")),
            (6, Gen.OneOf("/__buena/clock", "/__buena/clock/advance", "/__buena/clock/set", "/__buena/jobs", "/__buena/reset",
                "/__buena/faults", "/__buena/rate-limits", "/__buena/requests", "/__buena/state/save")),
            (3, Gen.OneOf("/", "/api", "/api/v2", "/api/v1/users/jobs", "/__admin/mappings", "/users/jobs", "/favicon.ico")));
        // At most 40,000 characters: with the longest query, the request line stays under Kestrel's 64 KB (beyond it, Kestrel's bare 414).
        return Gen.Select(template, MutationCount.SelectMany(n => PathMutation.Array[n]), (path, mutations) => mutations.Aggregate(path, (p, mutate) => mutate(p)) is var mutated && mutated.Length > MaxPathLength ? mutated[..MaxPathLength] : mutated);
    }

    // Half the paths are left as they are, so that the checks behind the route (key, Prefer, query, body) are reached too.
    private static readonly Gen<int> MutationCount = Gen.Frequency((5, Gen.Const(0)), (3, Gen.Const(1)), (1, Gen.Const(2)), (1, Gen.Const(3)));

    private static readonly Gen<Func<string, string>> PathMutation = Gen.OneOf(
        Gen.Int[0, 1_000].Select(seed => (Func<string, string>)(p => WrongCase(p, seed))),
        Gen.Int[1, 3].Select(n => (Func<string, string>)(p => p + new string('/', n))),
        Gen.Int[0, 20].Select(i => (Func<string, string>)(p => AtSlash(p, i, "//"))),
        Gen.Select(Gen.Int[0, 20], Gen.OneOf("/..", "/.", "/%2e%2e", "/%2E%2e/", "/..;", "/.%2e", "/%252e%252e", "/../../../../etc/passwd"), (i, dots) => (Func<string, string>)(p => AtSlash(p, i, dots + "/"))),
        Gen.Int[0, 1_000].Select(i => (Func<string, string>)(p => PercentEncodeOne(p, i))),
        Gen.Select(Gen.Int[0, 20], Gen.OneOf("%2F", "%5C", "%2f..%2f", "\\..\\", "%zz", "%2"), (i, text) => (Func<string, string>)(p => AtSlash(p, i, text))),
        Gen.OneOf("%C3%A9", "%F0%9F%92%A9", "%E2%80%AE", "%E2%80%8B", "%EF%BF%BF", "%ED%A0%80", "%FF%FE", "%C0%AF").Select(u => (Func<string, string>)(p => p + u)),
        Gen.OneOf("%2500", "%C0%80", "%u0000", "%E0%80%80", "%252500").Select(n => (Func<string, string>)(p => p + n)),
        Gen.Int[1_000, 30_000].Select(n => (Func<string, string>)(p => p + "/" + new string('a', n))),
        Gen.OneOf(";jsessionid=0123", "%", "%2").Select(end => (Func<string, string>)(p => p + end)));

    private static readonly Gen<string> QueryValue = Gen.Frequency(
        (4, Gen.Long[0, 2_000_000_000].Select(n => n.ToString(CultureInfo.InvariantCulture))),
        (6, Gen.OneOf("-1", "1.5", "1e10", "99999999999999999999999", "0x10", "NaN", "", "%ff%fe", "%00", "%C0%80", "%",
            "completed", "failed", "pending", "running", "linkedin_action", "data_enrichment", "COMPLETED",
            "%27%20OR%201%3D1--", "'OR'1'='1", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "../../etc/passwd",
            "%0d%0aSet-Cookie:%20x=1", ";ls", "|id", "`id`", "2026-01-15T12:00:00Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z",
            "-9223372036854775808", "9223372036854775807", "1768478400")),
        (2, Gen.String[Gen.Char[SafeChars.Replace("&", "", StringComparison.Ordinal).Replace("#", "", StringComparison.Ordinal)], 0, 40]));

    private static readonly Gen<string> QueryParameter = Gen.Select(
        Gen.OneOf("startDate", "endDate", "status", "type", "userId", "limit", "seconds", "at", "STATUS", "start%44ate", "", "a[b]", "__proto__"),
        QueryValue,
        Gen.Int[0, 9],
        (name, value, form) => form switch { 0 => name, 1 => "=" + value, 2 => name + "==" + value, _ => name + "=" + value });

    private static readonly Gen<string?> Query = Gen.Frequency(
        (30, Gen.Const<string?>(() => null)),
        (4, Gen.Const<string?>("")),
        (50, Gen.Select(QueryParameter.Array[1, 6], Gen.OneOf("&", "&", "&&", ";"), (ps, sep) => (string?)string.Join(sep, ps))),
        (5, Gen.Select(QueryParameter, Gen.Int[2, 40], (p, n) => (string?)string.Join("&", Enumerable.Repeat(p, n)))),
        (6, Gen.Int[9_000, 12_000].Select(n => (string?)("status=" + new string('x', n)))),
        (3, Gen.Int[1_000, 1_400].Select(n => (string?)string.Join("&", Enumerable.Repeat("status=failed", n)))));

    private static Gen<string?> Key(KnownValues known) => Gen.Frequency(
        (20, Gen.Const<string?>(() => null)),
        (30, Gen.OneOf(known.Keys.ToArray()).Select(k => (string?)k)),
        (30, Gen.Select(Gen.OneOf(known.Keys.ToArray()), Gen.Int[0, 11], (k, kind) => (string?)(kind switch
        {
            0 => "",
            1 => k.ToUpperInvariant(),
            2 => "bnb_" + k[4..],
            3 => k + "0",
            4 => k[..^1],
            5 => k + new string('a', 5_000),
            6 => "   " + k + "   ",
            7 => "Bearer " + k,
            8 => k + ", " + k,
            9 => "bn\u0430_" + k[4..],
            10 => "' OR '1'='1",
            _ => k.Replace('1', 'g'),
        }))));

    private static readonly Gen<string?> Prefer = Gen.Frequency(
        (60, Gen.Const<string?>(() => null)),
        (40, Gen.Select(
            Gen.OneOf(
                Gen.OneOf("code=401", "code=403", "code=404", "code=429", "code=500", "code=503", "code=418", "code=", "code=abc", "code=200",
                    "delay=-1", "delay=99999999", "delay=1e3", "delay=", "example=documented", "example=other", "dynamic=false", "dynamic=true",
                    "respond-async", "return=minimal", "wait=5", "", ";;;", "code=401;q=1", "CODE=401", "code = 401", "delay=0x10"),
                Gen.Int[0, 40].Select(ms => "delay=" + ms.ToString(CultureInfo.InvariantCulture)),
                Gen.Int[500, 2_000].Select(n => new string('p', n))).Array[1, 3],
            Gen.OneOf(", ", ","),
            (parts, sep) => (string?)string.Join(sep, parts))));

    private static Gen<IReadOnlyList<KeyValuePair<string, string>>> Headers(KnownValues known) =>
        Gen.Select(Key(known), Prefer, ContentType, Authorization(known), Extra.Array[0, 3], Big, (key, prefer, contentType, authorization, extra, big) =>
        {
            var headers = new List<KeyValuePair<string, string>>();
            void Add(string name, string? value)
            {
                if (value is not null)
                {
                    headers.Add(new(name, value));
                }
            }

            Add("x-api-key", key);
            Add("Prefer", prefer);
            Add("Content-Type", contentType);
            Add("Authorization", authorization);
            headers.AddRange(extra);
            headers.AddRange(big);
            return (IReadOnlyList<KeyValuePair<string, string>>)headers;
        });

    private static readonly Gen<string?> ContentType = Gen.Frequency(
        (40, Gen.Const<string?>("application/json")),
        (20, Gen.Const<string?>(() => null)),
        (40, Gen.OneOf("application/json; charset=utf-8", "application/json; charset=utf-16", "text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=----x", "application/xml", "", ";;;", "application/json; charset=\"bogus\"", "*/*", "application/vnd.api+json",
            "application/grpc", "text/html; charset=iso-8859-1", new string('a', 1_000)).Select(c => (string?)c)));

    private static Gen<string?> Authorization(KnownValues known) => Gen.Frequency(
        (70, Gen.Const<string?>(() => null)),
        (20, Gen.Const<string?>("Bearer " + known.AdminToken)),
        (10, Gen.OneOf("Bearer wrong-token", "Bearer ", "Basic YTpi", known.AdminToken, "Bearer " + known.AdminToken + "x").Select(a => (string?)a)));

    private static readonly Gen<KeyValuePair<string, string>> Extra = Gen.OneOf(
        new KeyValuePair<string, string>("Accept", "application/xml"),
        new("Accept", "*/*;q=0.1, text/html"),
        new("Cookie", "a=1; a=2; =; b"),
        new("X-Forwarded-For", "1.1.1.1, evil"),
        new("X-Forwarded-Host", "evil.example"),
        new("Content-Encoding", "gzip"),
        new("Expect", "100-continue"),
        new("Origin", "null"),
        new("Range", "bytes=0-1"),
        new("If-None-Match", "*"),
        new("Accept-Encoding", "gzip, br"),
        new("X-Request-Id", "../../etc/passwd"),
        new("x-api-key", "bna_" + new string('9', 64)),
        new("X-Unicode", "caf\u00e9 \u202e \u200b"),
        new("X-Control", "a\u0001b\u007fc"));

    private static readonly Gen<IReadOnlyList<KeyValuePair<string, string>>> Big = Gen.Frequency(
        (88, Gen.Const<IReadOnlyList<KeyValuePair<string, string>>>([])),
        (8, Gen.Int[20_000, 40_000].Select(n => (IReadOnlyList<KeyValuePair<string, string>>)[new("X-Filler", new string('f', n))])),
        (4, Gen.Int[120, 150].Select(n => (IReadOnlyList<KeyValuePair<string, string>>)Enumerable.Range(0, n).Select(i => new KeyValuePair<string, string>($"X-N-{i}", "v")).ToList())));

    private static readonly Gen<byte[]?> Body = Gen.Frequency(
        (45, Gen.Const<byte[]?>(() => null)),
        (12, Gen.String[Gen.Char.AlphaNumeric, 1, 1_200].Select(m => Utf8($"{{\"message\":\"{m}\"}}"))),
        (12, Gen.OneOf(
            "{\"message\":\"\"}", "{\"message\":null}", "{\"message\":123}", "{\"message\":[\"a\"]}", "{", "{\"message\":", "[]", "null", "\"str\"",
            "{'message':'x'}", "{\"message\":\"\\ud800\"}", "{\"message\":\"a\",}", "{\"message\":\"a\",\"message\":\"b\"}", "", " ", "message=x&message=y",
            "{\"userId\":\"x\",\"type\":\"linkedin_action\",\"status\":\"running\"}", "{\"rateLimits\":\"1,1,1\"}", "{\"errorRate\":\"1\"}",
            "------x\r\nContent-Disposition: form-data; name=\"message\"\r\n\r\nhi\r\n------x--", "{\"message\":\"a\u0000b\"}", "\u00ef\u00bb\u00bf{\"message\":\"bom\"}")
            .Select(text => (byte[]?)Utf8(text))),
        (6, Gen.Select(Gen.Int[17, 20_000], Gen.Bool, (depth, array) => (byte[]?)Utf8(array
            ? new string('[', depth) + new string(']', depth)
            : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)))),
        (6, Gen.Byte.Array[0, 2_000].Select(b => (byte[]?)b)),
        (4, Gen.Const<byte[]?>([0xff, 0xfe, .. "{\"message\":\""u8, 0xc3, 0x28, .. "\"}"u8])),
        (5, Gen.Int[70_000, 100_000].Select(n => (byte[]?)Utf8("{\"message\":\"" + new string('m', n) + "\"}"))));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string WrongCase(string path, int seed)
    {
        var chars = path.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsAsciiLetter(chars[i]) && (i * 31 + seed) % 3 == 0 && (i == 0 || chars[i - 1] != '%') && (i < 2 || chars[i - 2] != '%'))
            {
                chars[i] = char.IsAsciiLetterUpper(chars[i]) ? char.ToLowerInvariant(chars[i]) : char.ToUpperInvariant(chars[i]);
            }
        }

        return new string(chars);
    }

    /// <summary>Inserts <paramref name="text"/> after the <paramref name="index"/>-th slash (modulo their number).</summary>
    private static string AtSlash(string path, int index, string text)
    {
        var slashes = path.Select((c, i) => (c, i)).Where(t => t.c == '/').Select(t => t.i).ToList();
        var at = slashes[index % slashes.Count] + 1;
        return path[..at] + text.TrimStart('/') + path[at..];
    }

    private static string PercentEncodeOne(string path, int index)
    {
        var at = index % path.Length;
        var c = path[at];
        return char.IsAsciiLetterOrDigit(c)
            ? path[..at] + "%" + Hex[c >> 4] + (index % 2 == 0 ? Hex[c & 15] : char.ToUpperInvariant(Hex[c & 15])) + path[(at + 1)..]
            : path;
    }
}
