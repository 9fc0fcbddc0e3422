using System.CommandLine;
using Parley.Time;

namespace Parley.Cli;

/// <summary>Options several commands share, so they read and behave the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<string> Format(params string[] allowed)
    {
        var option = new Option<string>("--format")
        {
            Description = "Output format: " + string.Join(", ", allowed),
            DefaultValueFactory = _ => allowed[0],
        };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static Option<string?> Database() =>
        new("--db") { Description = "Store: a SQLite file path or a PostgreSQL connection string (default: $PARLEY_DB, else the user data folder)" };

    /// <summary>Parses an optional date option; a malformed value is a usage error.</summary>
    public static PartialDate? ParseDate(string? value, string optionName)
    {
        if (value is null) return null;
        return PartialDate.TryParse(value, out var date)
            ? date
            : throw new UsageException($"{optionName}: '{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
}
