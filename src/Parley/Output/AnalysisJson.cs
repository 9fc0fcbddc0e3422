namespace Parley.Output;

// The shapes in docs/contracts.md. Property names become snake_case through ContractJson.

public sealed record DateJson(string Value, string Precision, string Basis);

public sealed record RemovalJson(string Kind, string Text, int Start, int End);

public sealed record ArticleJson(
    string Id, string? Title, DateJson Published, IReadOnlyList<RemovalJson> Removed,
    string? Source, string? Url, IReadOnlyList<string> Warnings);

public sealed record SentenceJson(int Index, int Start, int End);

public sealed record MentionJson(
    string Text, int Start, int End, string? EntityId, string? Name, string? Code, string? Country,
    string? Office, string Kind, bool Metonym, string? Note);

public sealed record ActorJson(string Text, int Start, int End, string? EntityId, string? Name, string? Code, string? Country);

public sealed record SpanTextJson(string Text, int Start, int End);

public sealed record EvidenceJson(int Sentence, string Text, int Start, int End, SpanTextJson? Trigger);

public sealed record PlaceJson(
    string Text, int Start, int End, string Name, string? Country, double Latitude, double Longitude,
    long? GeonamesId, string Precision);

public sealed record EventJson(
    string Id, ActorJson? Source, ActorJson? Target, string Cameo, string CameoLabel, string Root,
    string Plover, string? PloverMode, double Goldstein, int QuadClass, string Modality, DateJson Date,
    bool Historical, EvidenceJson Evidence, IReadOnlyList<EvidenceJson> MoreEvidence, bool Quote,
    double Confidence, string Rule, PlaceJson? Place);

public sealed record SpeakerJson(string? Name, string? EntityId);

public sealed record QuoteJson(string Text, int Start, int End, SpeakerJson? Speaker, string Attribution, string? Cue);

public sealed record ClaimJson(
    string Text, int Start, int End, string Subject, string Office, string Asserted, string? AsOf,
    string Verdict, string? HolderAsOf, string Explanation);

public sealed record DyadJson(string A, string B, int Events, double GoldsteinSum, int[] QuadCounts);

public sealed record AnalysisJson(
    ArticleJson Article, IReadOnlyList<SentenceJson> Sentences, IReadOnlyList<MentionJson> Mentions,
    IReadOnlyList<EventJson> Events, IReadOnlyList<QuoteJson> Quotes, IReadOnlyList<ClaimJson> Claims,
    IReadOnlyList<PlaceJson> Places, IReadOnlyList<DyadJson> Dyads);
