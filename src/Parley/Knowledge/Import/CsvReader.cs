using System.Text;

namespace Parley.Knowledge.Import;

/// <summary>A small RFC 4180 reader: quoted fields may hold commas, quotes ("") and line breaks.</summary>
public static class CsvReader
{
    public static IEnumerable<(int Line, string[] Fields)> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var any = false;
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var c = (char)next;
            any = true;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else inQuotes = false;
                }
                else { if (c == '\n') line++; field.Append(c); }
                continue;
            }
            switch (c)
            {
                case '"': inQuotes = true; break;
                case ',': fields.Add(field.ToString()); field.Clear(); break;
                case '\r': break;
                case '\n':
                    fields.Add(field.ToString()); field.Clear();
                    yield return (recordLine, fields.ToArray());
                    fields.Clear(); any = false; line++; recordLine = line;
                    break;
                default: field.Append(c); break;
            }
        }
        if (any) { fields.Add(field.ToString()); yield return (recordLine, fields.ToArray()); }
    }
}
