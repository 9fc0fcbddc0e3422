using Parley.Knowledge;
using Parley.Text;
using Parley.Time;

namespace Parley.Tests.Events;

/// <summary>
/// Builds documents by hand for coder tests: a simple tokenizer and sentence splitter, and actor
/// mentions found from a small name table, so the coder is tested without the language and
/// knowledge-base components.
/// </summary>
public static class EventTestDocuments
{
    public static readonly IReadOnlyDictionary<string, string> Actors = new Dictionary<string, string>
    {
        ["Iran"] = "IRN", ["Iranian"] = "IRN", ["Tehran"] = "IRNGOV", ["Iraq"] = "IRQ", ["Iraqi"] = "IRQ",
        ["United States"] = "USA", ["U.S."] = "USA", ["US"] = "USA", ["Washington"] = "USAGOV", ["American"] = "USA",
        ["Russia"] = "RUS", ["Russian"] = "RUS", ["Moscow"] = "RUSGOV", ["China"] = "CHN", ["Chinese"] = "CHN",
        ["Israel"] = "ISR", ["Israeli"] = "ISR", ["Syria"] = "SYR", ["Syrian"] = "SYR", ["Turkey"] = "TUR",
        ["France"] = "FRA", ["French"] = "FRA", ["Germany"] = "DEU", ["German"] = "DEU", ["Japan"] = "JPN",
        ["Ukraine"] = "UKR", ["Ukrainian"] = "UKR", ["Egypt"] = "EGY", ["Qatar"] = "QAT", ["Norway"] = "NOR",
        ["Pakistan"] = "PAK", ["India"] = "IND", ["Indian"] = "IND", ["North Korea"] = "PRK", ["South Korea"] = "KOR",
        ["Hamas"] = "PSEHMS", ["Hezbollah"] = "LBNHEZ", ["United Nations"] = "IGOUNO", ["UN"] = "IGOUNO",
        ["Ali Khamenei"] = "IRNGOV", ["Masoud Pezeshkian"] = "IRNGOV", ["Ebrahim Raisi"] = "IRNGOV", ["Raisi"] = "IRNGOV",
        ["Donald Trump"] = "USAGOV", ["Trump"] = "USAGOV", ["Qasem Soleimani"] = "IRNMIL", ["Soleimani"] = "IRNMIL",
        ["Vladimir Putin"] = "RUSGOV", ["Putin"] = "RUSGOV",
    };

    private static readonly HashSet<string> People =
        ["Ali Khamenei", "Masoud Pezeshkian", "Ebrahim Raisi", "Raisi", "Donald Trump", "Trump", "Qasem Soleimani", "Soleimani", "Vladimir Putin", "Putin"];

    public static Document Build(string text, PartialDate? published = null)
    {
        var document = new Document(text, published ?? PartialDate.OfDay(2025, 3, 14));
        Tokenize(document);
        FindMentions(document);
        return document;
    }

    private static void Tokenize(Document document)
    {
        var text = document.Text;
        var i = 0;
        var sentenceFirst = 0;
        var isHeadingLine = false;
        void CloseSentence()
        {
            var count = document.Tokens.Count - sentenceFirst;
            if (count <= 0) return;
            document.Sentences.Add(new Sentence
            {
                Index = document.Sentences.Count, Start = document.Tokens[sentenceFirst].Start, End = document.Tokens[^1].End,
                FirstToken = sentenceFirst, TokenCount = count, IsHeading = isHeadingLine,
            });
            sentenceFirst = document.Tokens.Count;
        }
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n') { CloseSentence(); i++; continue; }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '-' ||
                       (text[i] == '.' && i + 1 < text.Length && char.IsUpper(text[i + 1]) && i - start == 1))) i++;
                // "U.S." keeps its final dot.
                if (i < text.Length && text[i] == '.' && i - start >= 2 && text[start..i].Contains('.')) i++;
                if (i + 2 < text.Length && text[i] == 'n' && text[i + 1] == '\'' && text[i + 2] == 't') { }
                var word = text[start..i];
                if (word.EndsWith("n", StringComparison.Ordinal) && i + 1 < text.Length && text[i] == '\'' && text[i + 1] == 't')
                {
                    Add(document, start, i - 1);
                    Add(document, i - 1, i + 2);
                    i += 2;
                    continue;
                }
            }
            else if (c == '\'' && i + 1 < text.Length && text[i + 1] == 's')
            {
                i += 2;
            }
            else
            {
                i++;
            }
            Add(document, start, i);
            if (text[start] is '.' or '?' or '!' && i - start == 1) CloseSentence();
        }
        CloseSentence();

        static void Add(Document d, int s, int e) =>
            d.Tokens.Add(new Token { Index = d.Tokens.Count, Start = s, End = e, Text = d.Text[s..e], SentenceIndex = d.Sentences.Count });
    }

    private static void FindMentions(Document document)
    {
        var names = Actors.Keys.Select(k => (Name: k, Parts: k.Split(' '))).OrderByDescending(n => n.Parts.Length).ToList();
        for (var t = 0; t < document.Tokens.Count; t++)
        {
            foreach (var (name, parts) in names)
            {
                if (t + parts.Length > document.Tokens.Count) continue;
                var ok = true;
                for (var k = 0; k < parts.Length && ok; k++) ok = document.Tokens[t + k].Text == parts[k];
                if (!ok) continue;
                var code = Actors[name];
                var first = document.Tokens[t];
                var last = document.Tokens[t + parts.Length - 1];
                document.Mentions.Add(new Mention
                {
                    Span = new TextSpan(first.Start, last.End), Text = document.Text[first.Start..last.End],
                    FirstToken = t, TokenCount = parts.Length, SentenceIndex = first.SentenceIndex,
                    EntityId = "test:" + name, Name = name, Code = code, Country = code[..3],
                    Kind = People.Contains(name) ? EntityKind.Person : EntityKind.Country,
                });
                t += parts.Length - 1;
                break;
            }
        }
    }
}
