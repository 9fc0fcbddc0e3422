using System.Globalization;

namespace Parley.Storage.Sql;

/// <summary>
/// Turns an <see cref="EventQuery"/> into a SQL WHERE clause over the events table, with named
/// parameters (@name, understood by SQLite and PostgreSQL). Actors match either
/// the country or the actor code of a side; a dyad matches both directions.
/// </summary>
public static class SqlEventFilter
{
    public static (string Where, List<(string Name, object? Value)> Parameters) Build(EventQuery query)
    {
        var clauses = new List<string>();
        var parameters = new List<(string, object?)>();
        if (query.Dyad is var (a, b))
        {
            clauses.Add("(((source_country = @dyad_a OR source_code = @dyad_a) AND (target_country = @dyad_b OR target_code = @dyad_b))" +
                        " OR ((source_country = @dyad_b OR source_code = @dyad_b) AND (target_country = @dyad_a OR target_code = @dyad_a)))");
            parameters.Add(("@dyad_a", a));
            parameters.Add(("@dyad_b", b));
        }
        if (query.Actor is { } actor)
        {
            clauses.Add("(source_country = @actor OR source_code = @actor OR target_country = @actor OR target_code = @actor)");
            parameters.Add(("@actor", actor));
        }
        Equal(clauses, parameters, "root", query.Root);
        Equal(clauses, parameters, "cameo", query.Code);
        Equal(clauses, parameters, "plover", query.Plover);
        Equal(clauses, parameters, "modality", query.Modality);
        if (query.Historical is { } historical)
        {
            clauses.Add("historical = @historical");
            parameters.Add(("@historical", historical ? 1 : 0));
        }
        if (query.From is { IsKnown: true } from)
        {
            clauses.Add("date_last >= @from");
            parameters.Add(("@from", from.FirstDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        if (query.To is { IsKnown: true } to)
        {
            clauses.Add("date_first <= @to");
            parameters.Add(("@to", to.LastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        }
        if (query.ArticleId is { } articleId)
        {
            clauses.Add("id IN (SELECT event_id FROM event_reports WHERE article_id = @article)");
            parameters.Add(("@article", articleId));
        }
        return (clauses.Count == 0 ? "" : "WHERE " + string.Join(" AND ", clauses), parameters);
    }

    private static void Equal(List<string> clauses, List<(string, object?)> parameters, string column, string? value)
    {
        if (value is null) return;
        clauses.Add($"{column} = @{column}");
        parameters.Add(("@" + column, value));
    }
}
