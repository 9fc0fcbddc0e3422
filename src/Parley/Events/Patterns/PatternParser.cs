namespace Parley.Events.Patterns;

/// <summary>
/// Parses pattern lines: <c>ID CODE ELEMENTS [; flags]</c> (format in docs/patterns.md).
/// Errors name the file and line.
/// </summary>
public static class PatternParser
{
    public static EventPattern Parse(string line, string file, int lineNumber)
    {
        var body = line;
        var flags = "";
        var semicolon = line.IndexOf(';');
        if (semicolon >= 0)
        {
            body = line[..semicolon];
            flags = line[(semicolon + 1)..];
        }
        var fields = body.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 3) throw Error(file, lineNumber, "expected: ID CODE ELEMENTS [; flags]");
        var id = fields[0];
        var code = fields[1];
        if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit))
            throw Error(file, lineNumber, $"'{code}' is not a CAMEO code");

        var elements = new List<PatternElement>(fields.Length - 2);
        for (var i = 2; i < fields.Length; i++) elements.Add(ParseElement(fields[i], file, lineNumber));

        var isNominal = false;
        var requiresTarget = false;
        var undergone = false;
        var mutual = false;
        var verbOnly = false;
        foreach (var flag in flags.Split((char[])[' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            if (flag == "noun") isNominal = true;
            else if (flag == "target") requiresTarget = true;
            else if (flag == "undergone") undergone = true;
            else if (flag == "mutual") mutual = true;
            else if (flag == "verb") verbOnly = true;
            else throw Error(file, lineNumber, $"unknown flag '{flag}' (known: noun, target, undergone, mutual, verb)");
        }

        var anchor = elements.FindIndex(e => e is { Kind: ElementKind.Word, Optional: false });
        if (anchor < 0) throw Error(file, lineNumber, "a pattern needs at least one required word");
        if (elements[^1].Kind == ElementKind.Gap || elements[0].Kind == ElementKind.Gap)
            throw Error(file, lineNumber, "a gap '*' must stand between two elements");
        if (verbOnly && isNominal) throw Error(file, lineNumber, "flags 'verb' and 'noun' exclude each other");
        if (requiresTarget && !elements.Any(e => e.Kind == ElementKind.Target))
            throw Error(file, lineNumber, "flag 'target' needs a TARGET slot");
        if (elements.Count(e => e.Kind == ElementKind.Source) > 1 || elements.Count(e => e.Kind == ElementKind.Target) > 1)
            throw Error(file, lineNumber, "SOURCE and TARGET may each appear once");

        var targetSlot = elements.FindIndex(e => e.Kind == ElementKind.Target);
        return new EventPattern
        {
            Id = id, Code = code, Elements = elements, IsNominal = isNominal, RequiresTarget = requiresTarget, IsUndergone = undergone, IsMutual = mutual, IsVerbOnly = verbOnly, File = file, Line = lineNumber,
            AnchorIndex = anchor,
            WordCount = elements.Count(e => e.Kind == ElementKind.Word),
            HasTargetSlot = targetSlot >= 0,
            TargetSlot = targetSlot,
            HasPrepositionalTarget = targetSlot > anchor + 1 && elements[targetSlot - 1].Kind == ElementKind.Word,
            HasSourceSlot = elements.Any(e => e.Kind == ElementKind.Source),
        };
    }

    private static PatternElement ParseElement(string field, string file, int line)
    {
        switch (field)
        {
            case "SOURCE": return new PatternElement(ElementKind.Source, [], false);
            case "TARGET": return new PatternElement(ElementKind.Target, [], false);
            case "*": return new PatternElement(ElementKind.Gap, [], false);
        }
        var optional = field.Length > 2 && field[0] == '(' && field[^1] == ')';
        var words = optional ? field[1..^1] : field;
        var lemmas = words.Split('|', StringSplitOptions.RemoveEmptyEntries);
        foreach (var lemma in lemmas)
        {
            foreach (var c in lemma)
            {
                if (!(char.IsLower(c) || char.IsDigit(c) || c is '-' or '\'' or '.' or '&'))
                    throw Error(file, line, $"'{field}': words are lower-case lemmas (slots are SOURCE, TARGET, gaps '*')");
            }
        }
        if (lemmas.Length == 0) throw Error(file, line, $"empty element '{field}'");
        return new PatternElement(ElementKind.Word, lemmas, optional);
    }

    private static FormatException Error(string file, int line, string message) => new($"{file}:{line}: {message}");
}
