using System.Globalization;
using System.Text;

namespace Parley.Bargaining.Readers;

/// <summary>Splits delimited lines (comma or tab, double-quoted fields) and parses numbers invariantly.</summary>
internal static class DelimitedText
{
    /// <summary>Lines split on CR, LF or CRLF (some scenario files use bare CR), blank lines dropped.</summary>
    public static IReadOnlyList<string> Lines(string text) =>
        text.TrimStart('\uFEFF').Split(["\r\n", "\r", "\n"], StringSplitOptions.None)
            .Where(l => l.Trim().Length > 0).ToList();

    public static IReadOnlyList<string> Split(string line, char delimiter)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == delimiter) { fields.Add(current.ToString().Trim()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString().Trim());
        return fields;
    }

    public static double? OptionalNumber(string field, string source, string what)
    {
        if (field.Length == 0) return null;
        if (double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        throw new ParleyInputException(source, $"{what}: '{field}' is not a number");
    }

    public static double Number(string field, string source, string what) =>
        OptionalNumber(field, source, what) ?? throw new ParleyInputException(source, $"{what} is empty");
}
