using System.Globalization;
using System.Data.Common;
using Parley.Output;

namespace Parley.Storage.Sql;

/// <summary>
/// Writes prepared articles inside one open transaction: the article row, its mentions and
/// claims, and each event report merged into a stored event (docs/ingest.md, "Merging").
/// </summary>
internal sealed class SqlArticleWriter(DbConnection connection, DbTransaction transaction) : IDisposable
{
    /// <summary>Commands by SQL text, prepared once per batch and re-bound for each row.</summary>
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
    }

    /// <summary>Event columns shared by the events and event_reports tables, in one order.</summary>
    private const string EventColumns =
        "cameo, cameo_label, root, plover, goldstein, quad_class, modality, " +
        "source_text, source_code, source_country, source_entity, target_text, target_code, target_country, target_entity, " +
        "date_value, date_precision, date_basis, date_first, date_last, historical, confidence, event_json";

    private const string EventValues =
        "@cameo, @cameo_label, @root, @plover, @goldstein, @quad_class, @modality, " +
        "@source_text, @source_code, @source_country, @source_entity, @target_text, @target_code, @target_country, @target_entity, " +
        "@date_value, @date_precision, @date_basis, @date_first, @date_last, @historical, @confidence, @event_json";

    public SaveOutcome Write(PreparedArticle article)
    {
        var exists = Command("SELECT 1 FROM articles WHERE id = @id", ("@id", article.Id));
        if (exists.ExecuteScalar() is not null) return SaveOutcome.AlreadyStored;

        var a = article.Analysis.Article;
        var insert = Command("""
            INSERT INTO articles (id, title, published, published_precision, published_basis, source, url, origin, stored_at,
                                  text, analysis_json, sentence_count, event_count, claim_count)
            VALUES (@id, @title, @published, @precision, @basis, @source, @url, @origin, @stored_at,
                    @text, @json, @sentences, @events, @claims)
            """,
            ("@id", article.Id), ("@title", a.Title), ("@published", a.Published.Value), ("@precision", a.Published.Precision),
            ("@basis", a.Published.Basis), ("@source", a.Source), ("@url", a.Url), ("@origin", article.Origin),
            ("@stored_at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)),
            ("@text", article.Text), ("@json", article.AnalysisJsonText), ("@sentences", article.Analysis.Sentences.Count),
            ("@events", article.Events.Count), ("@claims", article.Analysis.Claims.Count));
        insert.ExecuteNonQuery();

        WriteMentions(article);
        WriteClaims(article);
        foreach (var e in article.Events) WriteReport(article.Id, e);
        return SaveOutcome.Stored;
    }

    private void WriteMentions(PreparedArticle article)
    {
        var insert = Command("""
            INSERT INTO mentions (article_id, start, "end", text, entity_id, name, code, country, kind, metonym)
            VALUES (@a, @s, @e, @t, @entity, @name, @code, @country, @kind, @metonym)
            """, ("@a", article.Id), ("@s", 0), ("@e", 0), ("@t", ""), ("@entity", null), ("@name", null),
            ("@code", null), ("@country", null), ("@kind", ""), ("@metonym", 0));
        foreach (var m in article.Analysis.Mentions)
        {
            Set(insert, ("@s", m.Start), ("@e", m.End), ("@t", m.Text), ("@entity", m.EntityId), ("@name", m.Name),
                ("@code", m.Code), ("@country", m.Country), ("@kind", m.Kind), ("@metonym", m.Metonym ? 1 : 0));
            insert.ExecuteNonQuery();
        }
    }

    private void WriteClaims(PreparedArticle article)
    {
        var insert = Command("""
            INSERT INTO claims (article_id, start, "end", text, subject, office, asserted, as_of, verdict, holder_as_of, claim_json)
            VALUES (@a, @s, @e, @t, @subject, @office, @asserted, @as_of, @verdict, @holder, @json)
            """, ("@a", article.Id), ("@s", 0), ("@e", 0), ("@t", ""), ("@subject", ""), ("@office", ""),
            ("@asserted", ""), ("@as_of", null), ("@verdict", ""), ("@holder", null), ("@json", ""));
        foreach (var c in article.Analysis.Claims)
        {
            Set(insert, ("@s", c.Start), ("@e", c.End), ("@t", c.Text), ("@subject", c.Subject), ("@office", c.Office),
                ("@asserted", c.Asserted), ("@as_of", c.AsOf), ("@verdict", c.Verdict), ("@holder", c.HolderAsOf),
                ("@json", System.Text.Json.JsonSerializer.Serialize(c, ContractJson.Options)));
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Stores one report and links it to every stored event it matches under the merge rule;
    /// when it matches several, they become one (the oldest id survives), so the stored events
    /// stay the connected components of the rule whatever the order of arrival.
    /// </summary>
    private void WriteReport(string articleId, PreparedEvent report)
    {
        var key = report.MergeKey;
        var matches = key is null ? [] : FindMatchingEvents(key);
        long eventId;
        if (matches.Count == 0)
        {
            var insertEvent = Command($"""
                INSERT INTO events (article_id, merge_source, merge_target, merge_precision, unit_min, unit_max, reports, {EventColumns})
                VALUES (@article, @ms, @mt, @mp, @unit, @unit, 1, {EventValues})
                RETURNING id
                """, [("@article", articleId), ("@ms", key?.SourceKey), ("@mt", key?.TargetKey), ("@mp", key?.Precision),
                      ("@unit", key?.Unit), .. EventParameters(report)]);
            eventId = Convert.ToInt64(insertEvent.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        else eventId = matches[0];

        var e = report.Event;
        var insertReport = Command($"""
            INSERT INTO event_reports (event_id, article_id, local_id, date_unit, sentence, evidence_text, evidence_start, evidence_end, {EventColumns})
            VALUES (@event, @article, @local, @unit, @sentence, @evidence, @start, @end, {EventValues})
            """, [("@event", eventId), ("@article", articleId), ("@local", e.Id), ("@unit", key?.Unit),
                  ("@sentence", e.Evidence.Sentence), ("@evidence", e.Evidence.Text), ("@start", e.Evidence.Start),
                  ("@end", e.Evidence.End), .. EventParameters(report)]);
        insertReport.ExecuteNonQuery();

        if (matches.Count == 0) return;
        foreach (var absorbed in matches.Skip(1))
        {
            var move = Command("UPDATE event_reports SET event_id = @keep WHERE event_id = @old", ("@keep", eventId), ("@old", absorbed));
            move.ExecuteNonQuery();
            var delete = Command("DELETE FROM events WHERE id = @old", ("@old", absorbed));
            delete.ExecuteNonQuery();
        }
        RefreshEvent(eventId);
    }

    private List<long> FindMatchingEvents(EventMergeKey key)
    {
        // Bounds on the bare columns (not expressions of them) so the merge index serves the range.
        var find = Command("""
            SELECT id FROM events
            WHERE merge_source = @ms AND merge_target = @mt AND root = @root AND merge_precision = @mp
              AND unit_min <= @unit + @w AND unit_max >= @unit - @w
            ORDER BY id
            """, ("@ms", key.SourceKey), ("@mt", key.TargetKey), ("@root", key.Root), ("@mp", key.Precision),
            ("@w", key.Window), ("@unit", key.Unit));
        using var reader = find.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read()) ids.Add(reader.GetInt64(0));
        return ids;
    }

    /// <summary>
    /// Recomputes a merged event from its reports: the count, the date-unit range, and the
    /// representative report (highest confidence, then smallest article id and local id, so the
    /// choice does not depend on arrival order).
    /// </summary>
    private void RefreshEvent(long eventId)
    {
        var refresh = Command($"""
            UPDATE events SET
              reports = (SELECT count(*) FROM event_reports WHERE event_id = @id),
              unit_min = (SELECT min(date_unit) FROM event_reports WHERE event_id = @id),
              unit_max = (SELECT max(date_unit) FROM event_reports WHERE event_id = @id),
              (article_id, {EventColumns}) = (SELECT article_id, {EventColumns} FROM event_reports WHERE event_id = @id
                                              ORDER BY confidence DESC, article_id, local_id LIMIT 1)
            WHERE id = @id
            """, ("@id", eventId));
        refresh.ExecuteNonQuery();
    }

    private static (string, object?)[] EventParameters(PreparedEvent report)
    {
        var e = report.Event;
        return
        [
            ("@cameo", e.Cameo), ("@cameo_label", e.CameoLabel), ("@root", e.Root), ("@plover", e.Plover),
            ("@goldstein", e.Goldstein), ("@quad_class", e.QuadClass), ("@modality", e.Modality),
            ("@source_text", e.Source?.Text), ("@source_code", e.Source?.Code), ("@source_country", e.Source?.Country),
            ("@source_entity", e.Source?.EntityId),
            ("@target_text", e.Target?.Text), ("@target_code", e.Target?.Code), ("@target_country", e.Target?.Country),
            ("@target_entity", e.Target?.EntityId),
            ("@date_value", e.Date.Value), ("@date_precision", e.Date.Precision), ("@date_basis", e.Date.Basis),
            ("@date_first", report.FirstDay), ("@date_last", report.LastDay), ("@historical", e.Historical ? 1 : 0),
            ("@confidence", e.Confidence), ("@event_json", report.Json),
        ];
    }

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        if (_commands.TryGetValue(sql, out var cached))
        {
            Set(cached, parameters);
            return cached;
        }
        var command = SqlStore.Command(connection, sql, parameters);
        command.Transaction = transaction;
        _commands[sql] = command;
        return command;
    }

    private static void Set(DbCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values) command.Parameters[name.TrimStart('@')].Value = value ?? DBNull.Value;
    }
}
