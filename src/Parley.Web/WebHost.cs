using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Parley.Web.Api;
using Parley.Web.Security;

namespace Parley.Web;

/// <summary>The JSON API and dashboard host behind `parley serve`.</summary>
public static class WebHost
{
    /// <summary>What is wrong with the options, or null when the server may start.</summary>
    public static string? Problem(WebOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Urls)) return "--urls is empty";
        if (options.AllowWrites && options.WriteToken is null && !WriteGuard.LoopbackOnly(options.Urls))
            return $"--allow-writes on an address beyond loopback needs a token: set ${WebOptions.TokenVariable}";
        if (options.MaxRequestBytes < 1024) return "the request size limit must be at least 1024 bytes";
        return null;
    }

    /// <summary>Builds (does not start) the host over the given store and pipeline.</summary>
    public static WebApplication Build(WebOptions options, ParleyServices services)
    {
        if (Problem(options) is { } problem) throw new ArgumentException(problem, nameof(options));
        var webRoot = options.WebRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Directory.Exists(webRoot) ? webRoot : null,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.Limits.MaxRequestLineSize = 8 * 1024;
        });
        // On loopback, only loopback host names are answered, which defeats DNS rebinding.
        var loopback = WriteGuard.LoopbackOnly(options.Urls);
        builder.Services.AddHostFiltering(o =>
            o.AllowedHosts = loopback ? ["localhost", "127.0.0.1", "[::1]"] : ["*"]);
        builder.Services.AddSingleton(services);
        builder.Services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi();

        var app = builder.Build();
        app.UseHostFiltering();
        app.Use(SecurityHeaders);
        app.Use(ErrorsAsJson);
        if (app.Environment.WebRootPath is { } root)
        {
            var files = new PhysicalFileProvider(root);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }
        app.MapOpenApi();
        ReadEndpoints.Map(app);
        AnalyzeEndpoint.Map(app, options);
        // Unknown GETs under /api answer in JSON; other methods keep routing's own 404/405/415.
        app.MapFallback("/api/{**rest}", () => TypedResults.NotFound(new ApiError("no such API endpoint")))
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get]));
        return app;
    }

    private static void ConfigureJson(JsonSerializerOptions o)
    {
        o.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        o.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        o.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        o.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }

    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static Task SecurityHeaders(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next();
    }

    private static async Task ErrorsAsJson(HttpContext context, Func<Task> next)
    {
        try
        {
            await next();
        }
        catch (ApiInputException e)
        {
            await WriteError(context, StatusCodes.Status400BadRequest, e.Message);
        }
        catch (BadHttpRequestException e)
        {
            await WriteError(context, e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? "the request body is too large" : "bad request: " + e.Message);
        }
    }

    private static Task WriteError(HttpContext context, int status, string message)
    {
        if (context.Response.HasStarted) throw new InvalidOperationException(message);
        context.Response.Clear();
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ApiError(message));
    }
}
