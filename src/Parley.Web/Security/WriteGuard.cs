using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Parley.Web.Api;

namespace Parley.Web.Security;

/// <summary>
/// Decides whether a write request may proceed: writes must be enabled, carry the token when one
/// is set, be JSON (so a cross-site form or text post cannot reach us without a CORS preflight,
/// which this server never grants), and come from our own origin when the browser says where it came from.
/// </summary>
public sealed class WriteGuard(WebOptions options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!options.AllowWrites)
            return Deny(StatusCodes.Status403Forbidden, "writes are disabled: start the server with --allow-writes");
        if (options.WriteToken is { } token && !HasToken(http.Request, token))
            return Deny(StatusCodes.Status401Unauthorized, "a write token is required: send 'Authorization: Bearer TOKEN'");
        if (!IsJson(http.Request))
            return Deny(StatusCodes.Status415UnsupportedMediaType, "send the request body as application/json");
        if (!SameOrigin(http.Request))
            return Deny(StatusCodes.Status403Forbidden, "cross-origin writes are refused");
        return await next(context);
    }

    private static IResult Deny(int status, string message) => TypedResults.Json(new ApiError(message), statusCode: status);

    private static bool HasToken(HttpRequest request, string token)
    {
        var header = request.Headers.Authorization.ToString();
        const string prefix = "Bearer ";
        if (!header.StartsWith(prefix, StringComparison.Ordinal)) return false;
        var given = Encoding.UTF8.GetBytes(header[prefix.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(given, Encoding.UTF8.GetBytes(token));
    }

    private static bool IsJson(HttpRequest request) =>
        request.ContentType is { } type && type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase);

    private static bool SameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin)) return true; // not a browser, or a same-origin GET-style request
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
               && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when every URL listens only on a loopback address or localhost.</summary>
    public static bool LoopbackOnly(string urls) => urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .All(url =>
        {
            if (!Uri.TryCreate(url.Replace("://*", "://wildcard").Replace("://+", "://wildcard"), UriKind.Absolute, out var uri)) return false;
            if (uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)) return true;
            return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
        });
}
