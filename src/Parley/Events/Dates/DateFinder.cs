using Parley.Text;
using Parley.Time;

namespace Parley.Events.Dates;

/// <summary>
/// Finds date expressions in a sentence and resolves them against the publication date:
/// "January 3, 2020", "in January 2020", "in 2018", "since 2018", "last week/month/year",
/// "yesterday", "on Tuesday", "two years ago", "recently". Relative forms need a publication
/// date and never claim more precision than it has.
/// </summary>
public static class DateFinder
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
    private static readonly string[] MonthAbbreviations =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] Weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
    private static readonly string[] Numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>True for the name of a month or a weekday ("May", "monday"), in any case.</summary>
    public static bool IsCalendarWord(string word) =>
        Array.Exists(Months, m => m.Equals(word, StringComparison.OrdinalIgnoreCase)) || Array.Exists(Weekdays, d => d.Equals(word, StringComparison.OrdinalIgnoreCase));

    public static List<DateExpression> Find(Document document, Sentence sentence, PartialDate? published)
    {
        var lower = new string[sentence.TokenCount];
        for (var k = 0; k < lower.Length; k++) lower[k] = document.Tokens[sentence.FirstToken + k].Text.ToLowerInvariant();
        return Find(document, sentence, published, lower);
    }

    /// <summary>As <see cref="Find(Document, Sentence, PartialDate?)"/>, with the sentence's lower-cased tokens given.</summary>
    public static List<DateExpression> Find(Document document, Sentence sentence, PartialDate? published, string[] lower)
    {
        var found = new List<DateExpression>();
        var tokens = document.Tokens;
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            // Every date expression starts with a digit, a capital, or one of a few lower-case words.
            var first = tokens[i].Text[0];
            if (!char.IsDigit(first) && !char.IsUpper(first) && lower[i - sentence.FirstToken] is not
                    ("yesterday" or "today" or "tonight" or "recently" or "lately" or "last" or "past" or "this" or "a" or "an"
                     or "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "several" or "few"))
                continue;
            var expression = TryAt(tokens, i, end, published, lower, sentence.FirstToken);
            if (expression is null) continue;
            found.Add(expression);
            i = expression.LastToken;
        }
        return found;
    }

    private static DateExpression? TryAt(List<Token> tokens, int i, int end, PartialDate? published, string[] lowerOf, int offset)
    {
        string Lower(Token t) => lowerOf[t.Index - offset];
        var word = Lower(tokens[i]);
        var previous = i > offset ? Lower(tokens[i - 1]) : "";
        var kind = previous == "since" ? DateKind.Since : DateKind.Point;

        var month = MonthOf(word, tokens[i].Text);
        if (month > 0)
        {
            // "January 3, 2020", "January 3", "January 2020", "January"
            var j = i + 1;
            if (j < end && DayOf(tokens[j].Text) is var day and > 0)
            {
                var k = j + 1;
                if (k < end && tokens[k].Text == ",") k++;
                if (k < end && YearOf(tokens[k].Text) is var y and > 0 && SafeDay(y, month, day) is { } full)
                    return new DateExpression(i, k, full, kind);
                if (published is { IsKnown: true } p && SafeDay(YearBefore(p, month), month, day) is { } inYear)
                    return new DateExpression(i, j, inYear, kind);
                return null;
            }
            if (j < end && YearOf(tokens[j].Text) is var year and > 0)
                return new DateExpression(i, j, PartialDate.OfMonth(year, month), kind);
            // A bare month needs a preposition to be a date ("in May", not "may").
            if (previous is "in" or "since" or "during" or "early" or "late" or "mid" or "last" && published is { IsKnown: true } pub)
                return new DateExpression(i, i, PartialDate.OfMonth(YearBefore(pub, month), month), kind);
            return null;
        }

        // "3 January 2020"
        if (DayOf(tokens[i].Text) is var d and > 0 && i + 1 < end && MonthOf(Lower(tokens[i + 1]), tokens[i + 1].Text) is var m and > 0)
        {
            if (i + 2 < end && YearOf(tokens[i + 2].Text) is var y2 and > 0 && SafeDay(y2, m, d) is { } date)
                return new DateExpression(i, i + 2, date, kind);
            if (published is { IsKnown: true } p2 && SafeDay(YearBefore(p2, m), m, d) is { } date2)
                return new DateExpression(i, i + 1, date2, kind);
        }

        // "in 2018", "since 2018", "during 2018"
        if (YearOf(tokens[i].Text) is var yearOnly and > 0 &&
            previous is "in" or "since" or "during" or "until" or "of" or "by" or "from" or "early" or "late" or "mid" or "and")
            return new DateExpression(i, i, PartialDate.OfYear(yearOnly), kind);

        if (published is not { IsKnown: true } pubDate) return null;

        switch (word)
        {
            case "yesterday":
                return Shift(i, i, pubDate, -1);
            case "today":
            case "tonight":
                return new DateExpression(i, i, pubDate, DateKind.Point);
            case "recently":
            case "lately":
                return new DateExpression(i, i, pubDate, DateKind.Recent);
            case "last" or "past" when i + 1 < end:
            {
                var unit = Lower(tokens[i + 1]);
                return unit switch
                {
                    "week" => Shift(i, i + 1, pubDate, -7, DatePrecision.Month),
                    "month" => ShiftMonths(i, i + 1, pubDate, -1),
                    "year" => new DateExpression(i, i + 1, PartialDate.OfYear(pubDate.Year - 1), DateKind.Point),
                    _ => WeekdayExpression(i, i + 1, unit, pubDate),
                };
            }
            case "this" when i + 1 < end && Lower(tokens[i + 1]) is "week" or "month" or "year":
                return new DateExpression(i, i + 1, Lower(tokens[i + 1]) == "year" ? PartialDate.OfYear(pubDate.Year) : Coarsen(pubDate, DatePrecision.Month), DateKind.Point);
        }

        if (Array.IndexOf(Weekdays, word) >= 0) return WeekdayExpression(i, i, word, pubDate);

        // "two years ago", "3 weeks ago"
        if (i + 2 < end && Lower(tokens[i + 2]) == "ago")
        {
            var count = CountOf(word);
            if (count > 0)
            {
                return Lower(tokens[i + 1]) switch
                {
                    "year" or "years" => new DateExpression(i, i + 2, PartialDate.OfYear(pubDate.Year - count), DateKind.Point),
                    "month" or "months" => ShiftMonths(i, i + 2, pubDate, -count),
                    "week" or "weeks" => Shift(i, i + 2, pubDate, -7 * count, DatePrecision.Month),
                    "day" or "days" => Shift(i, i + 2, pubDate, -count),
                    _ => null,
                };
            }
        }
        return null;
    }

    private static DateExpression? WeekdayExpression(int first, int last, string weekday, PartialDate published)
    {
        var index = Array.IndexOf(Weekdays, weekday);
        if (index < 0) return null;
        if (published.Precision != DatePrecision.Day)
            return new DateExpression(first, last, published, DateKind.Point);
        // The latest such weekday on or before publication (news speaks of the past week).
        var day = published.FirstDay;
        var back = ((int)day.DayOfWeek - index + 7) % 7;
        return new DateExpression(first, last, PartialDate.FromDate(day.AddDays(-back)), DateKind.Point);
    }

    private static DateExpression Shift(int first, int last, PartialDate published, int days, DatePrecision finest = DatePrecision.Day)
    {
        if (published.Precision != DatePrecision.Day) return new DateExpression(first, last, published, DateKind.Point);
        var shifted = PartialDate.FromDate(published.FirstDay.AddDays(days));
        return new DateExpression(first, last, Coarsen(shifted, finest), DateKind.Point);
    }

    private static DateExpression ShiftMonths(int first, int last, PartialDate published, int months)
    {
        if (published.Precision == DatePrecision.Year)
            return new DateExpression(first, last, published, DateKind.Point);
        var shifted = published.FirstDay.AddMonths(months);
        return new DateExpression(first, last, PartialDate.OfMonth(shifted.Year, shifted.Month), DateKind.Point);
    }

    private static PartialDate Coarsen(PartialDate date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => PartialDate.OfYear(date.Year),
        DatePrecision.Month when date.Precision >= DatePrecision.Month => PartialDate.OfMonth(date.Year, date.Month),
        _ => date,
    };

    /// <summary>The year a month without a year refers to: the publication year, or the one before if the month is still ahead.</summary>
    private static int YearBefore(PartialDate published, int month) =>
        published.Precision >= DatePrecision.Month && month > published.Month ? published.Year - 1 : published.Year;

    private static PartialDate? SafeDay(int year, int month, int day) =>
        day <= DateTime.DaysInMonth(year, month) ? PartialDate.OfDay(year, month, day) : null;

    private static int MonthOf(string lower, string original)
    {
        var index = Array.IndexOf(Months, lower);
        if (index >= 0)
        {
            // "may" is a month only when capitalized.
            return index == 4 && !char.IsUpper(original[0]) ? 0 : index + 1;
        }
        var trimmed = lower.TrimEnd('.');
        var abbreviation = Array.IndexOf(MonthAbbreviations, trimmed);
        return abbreviation >= 0 && char.IsUpper(original[0]) && trimmed != "may" ? abbreviation + 1 : 0;
    }

    private static int DayOf(string text)
    {
        var digits = text.Length;
        if (text.EndsWith("st", StringComparison.Ordinal) || text.EndsWith("nd", StringComparison.Ordinal) ||
            text.EndsWith("rd", StringComparison.Ordinal) || text.EndsWith("th", StringComparison.Ordinal)) digits -= 2;
        if (digits is < 1 or > 2) return 0;
        var value = 0;
        for (var i = 0; i < digits; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return 0;
            value = value * 10 + (text[i] - '0');
        }
        return value is >= 1 and <= 31 ? value : 0;
    }

    private static int YearOf(string text)
    {
        if (text.Length != 4) return 0;
        var value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c)) return 0;
            value = value * 10 + (c - '0');
        }
        return value is >= 1900 and <= 2100 ? value : 0;
    }

    private static int CountOf(string lower)
    {
        var index = Array.IndexOf(Numbers, lower);
        if (index > 0) return index;
        if (lower is "a" or "an") return 1;
        if (lower is "several" or "few") return 0;
        return int.TryParse(lower, out var n) && n is > 0 and < 100 ? n : 0;
    }
}
