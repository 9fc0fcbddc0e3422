using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Parley.Output;
using Parley.Storage;
using Parley.Text;
using Parley.Web.Security;

namespace Parley.Web.Api;

/// <summary>The body of POST /api/analyze.</summary>
public sealed record AnalyzeRequest(string? Text, string? Title, string? Published, string? Url, string? Source);

/// <summary>POST /api/analyze: text in, contract Analysis JSON out, stored unless ?store=false.</summary>
public static class AnalyzeEndpoint
{
    public const string StoredHeader = "X-Parley-Stored";

    public static void Map(IEndpointRouteBuilder app, WebOptions options)
    {
        app.MapPost("/api/analyze", async (ParleyServices s, HttpContext http, bool? store) =>
            {
                AnalyzeRequest? request;
                try { request = await http.Request.ReadFromJsonAsync<AnalyzeRequest>(http.RequestAborted); }
                catch (JsonException) { throw new ApiInputException("the body is not valid JSON"); }
                if (request is null) throw new ApiInputException("the body must be a JSON object with 'text'");
                if (string.IsNullOrWhiteSpace(request.Text)) throw new ApiInputException("'text' is required");
                if (request.Text.Length > options.MaxArticleChars)
                    throw new ApiInputException($"'text' is longer than {options.MaxArticleChars} characters");
                if (request.Title is { Length: > 1000 }) throw new ApiInputException("'title' is longer than 1000 characters");
                var published = ApiInput.Date(request.Published, "published");
                var url = request.Url is null ? null
                    : Uri.TryCreate(request.Url, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? u.ToString()
                    : throw new ApiInputException("'url' must be an absolute http(s) URL");
                var pipeline = s.Pipeline
                    ?? throw new InvalidOperationException("this server was started without an analysis pipeline");
                var raw = new RawArticle { Text = request.Text, Title = request.Title, Url = url, SourceName = request.Source, Origin = "web" };
                var result = pipeline.Analyze(raw, published);
                var outcome = store == false ? "not_stored"
                    : s.Store.Save(result) == SaveOutcome.Stored ? "stored" : "already_stored";
                http.Response.Headers[StoredHeader] = outcome;
                return Results.Text(JsonSerializer.Serialize(AnalysisJsonMapper.ToJson(result), ContractJson.Options),
                    "application/json");
            })
            .AddEndpointFilter(new WriteGuard(options))
            .WithTags("write")
            .WithSummary("Analyze an article (JSON body with 'text'); stored unless store=false. Needs --allow-writes.")
            .Accepts<AnalyzeRequest>("application/json")
            .Produces<AnalysisJson>();
    }
}
