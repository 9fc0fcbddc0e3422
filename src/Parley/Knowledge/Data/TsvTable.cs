namespace Parley.Knowledge.Data;

/// <summary>
/// One tab-separated file of the knowledge base: `#` comment lines, a header line, then one
/// record per line. Cells are read by column name, so optional trailing columns may be added.
/// </summary>
public sealed class TsvTable
{
    private readonly Dictionary<string, int> _columns;

    private TsvTable(string path, string[] header, List<TsvRow> rows)
    {
        Path = path;
        Header = header;
        _columns = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        Rows = rows;
    }

    public string Path { get; }
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<TsvRow> Rows { get; }

    public bool Has(string column) => _columns.ContainsKey(column);

    internal int ColumnIndex(string column) => _columns.TryGetValue(column, out var i) ? i : -1;

    public static TsvTable Read(string path, params string[] requiredColumns)
    {
        string[]? header = null;
        var rows = new List<TsvRow>();
        TsvTable? table = null;
        var lineNumber = 0;
        var pending = new List<(int Line, string[] Cells)>();
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (header is null) { header = cells.Select(c => c.Trim()).ToArray(); continue; }
            pending.Add((lineNumber, cells));
        }
        if (header is null) throw KnowledgeBaseFormatException.Create(path, 0, "the file has no header line");
        foreach (var column in requiredColumns)
        {
            if (!header.Contains(column))
                throw KnowledgeBaseFormatException.Create(path, 0, $"the header lacks the column '{column}'");
        }
        table = new TsvTable(path, header, rows);
        foreach (var (line, cells) in pending) rows.Add(new TsvRow(table, line, cells));
        return table;
    }
}

/// <summary>One record of a <see cref="TsvTable"/>.</summary>
public sealed class TsvRow(TsvTable table, int line, string[] cells)
{
    public TsvTable Table { get; } = table;
    public int Line { get; } = line;

    /// <summary>The trimmed cell, or "" where the column or cell is absent.</summary>
    public string this[string column]
    {
        get
        {
            var i = Table.ColumnIndex(column);
            return i >= 0 && i < cells.Length ? cells[i].Trim() : "";
        }
    }

    public string? Optional(string column) => this[column] is { Length: > 0 } v ? v : null;

    /// <summary>A `|`-separated list cell.</summary>
    public IReadOnlyList<string> List(string column) =>
        this[column].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public string Where => $"{System.IO.Path.GetFileName(Table.Path)}:{Line}";
}

/// <summary>Errors for knowledge-base files that cannot be read as documented in docs/knowledge-base.md.</summary>
public static class KnowledgeBaseFormatException
{
    public static ParleyInputException Create(string path, int line, string problem) =>
        new(line > 0 ? $"{path}:{line}" : path, problem);
}
