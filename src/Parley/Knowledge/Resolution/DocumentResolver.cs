using Parley.Knowledge.Model;
using Parley.Text;
using Parley.Time;

namespace Parley.Knowledge.Resolution;

/// <summary>
/// Scans one document's words left to right and turns names, titles, demonyms, metonyms and
/// possessive phrases into mentions resolved as of one date. Short-lived: one per document.
/// </summary>
internal sealed class DocumentResolver
{
    private static readonly HashSet<string> OfficeAdjectives = new(StringComparer.Ordinal)
        { "current", "new", "former", "late", "acting", "interim", "incumbent", "then", "sitting", "outgoing", "ex" };
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "at", "near", "outside" };

    private readonly NameIndex _index;
    private readonly KnowledgeBase _kb;
    private readonly PersonStatusResolver _people;
    private readonly Document _document;
    private readonly List<Word> _words;
    private readonly PartialDate _date;
    private readonly Dictionary<string, Entity> _surnamesSeen = new(StringComparer.Ordinal);
    private readonly List<Mention> _mentions = [];
    private readonly List<(int Index, TrieMatch<NameEntry> Match)> _pendingAmbiguous = [];

    public DocumentResolver(KnowledgeBase kb, PersonStatusResolver people, Document document, List<Word> words, PartialDate date)
    {
        _kb = kb;
        _index = kb.Names;
        _people = people;
        _document = document;
        _words = words;
        _date = date;
    }

    public List<Mention> Resolve()
    {
        var i = 0;
        while (i < _words.Count) i = Math.Max(i + 1, ResolveAt(i));
        ResolveAmbiguousMetonyms();
        _mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return _mentions;
    }

    /// <summary>Tries every reading at word i; returns the index of the first word after what it consumed.</summary>
    private int ResolveAt(int i)
    {
        var title = _index.Titles.Longest(_words, i);
        var name = _index.Names.Longest(_words, i, (e, length) => NameIndex.CaseFits(_words, i, length, e));
        if (title is { } t && (name is null || t.Length >= name.Value.Length) && IsTitleStart(i))
        {
            var consumed = TitlePhrase(i, i, t, null, Former(i), false);
            if (consumed > 0) return consumed;
        }
        if (name is not { } n) return GenericTitledPerson(i, i, null) is > 0 and var titled ? titled : i + 1;
        var entries = n.Values;
        var best = entries.MinBy(e => Priority(e.Kind))!;
        return best.Kind switch
        {
            NameKind.PersonFull or NameKind.PersonSurname => PersonMention(i, n, null, null, null),
            NameKind.Country or NameKind.Demonym => CountryPhrase(i, n, best),
            NameKind.Metonym => Metonym(i, n),
            _ => OrganizationPhrase(i, n, best),
        };
    }

    private bool IsTitleStart(int i) => _words[i].IsCapitalized || i == 0 || !_words[i - 1].IsCapitalized;

    private static int Priority(NameKind kind) => kind switch
    {
        NameKind.PersonFull => 0,
        NameKind.Group => 1,
        NameKind.Organization => 2,
        NameKind.Country => 3,
        NameKind.Demonym => 4,
        NameKind.Metonym => 5,
        _ => 6,
    };

    private bool Former(int i) => i > 0 && _index.FormerWords.Contains(_words[i - 1].Key.TrimEnd('-'));

    // ---- countries, demonyms and what follows them -------------------------------------------

    /// <summary>Capitalized words that make a country named after "of" part of a body of water ("the Gulf of Oman", "the Sea of Japan").</summary>
    private static readonly HashSet<string> WaterWords = new(StringComparer.Ordinal) { "Gulf", "Sea", "Bay", "Strait", "Straits", "Lake" };

    private int CountryPhrase(int i, TrieMatch<NameEntry> n, NameEntry entry)
    {
        if (entry.Kind == NameKind.Country && i >= 2 && _words[i - 1].Key == "of" && WaterWords.Contains(_words[i - 2].Text)) return n.End;
        var country = entry.Entity;
        var last = _words[n.End - 1];
        var k = n.End;
        var qualifies = entry.Kind == NameKind.Demonym || last.Possessive || last.IsAllCaps;
        if (qualifies && !last.BreakAfter)
        {
            var (afterAdjectives, former, current) = SkipOfficeAdjectives(k);
            if (_index.Titles.Longest(_words, afterAdjectives) is { } title)
            {
                var consumed = TitlePhrase(i, afterAdjectives, title, country.Id, former || Former(i), current);
                if (consumed > 0) return consumed;
            }
            if (GenericTitledPerson(i, afterAdjectives, country) is > 0 and var titled) return titled;
            if (_index.RoleNouns.Longest(_words, k) is { } role && (entry.Kind == NameKind.Demonym || last.Possessive))
            {
                Add(i, role.End, country, EntityKind.Country, country.Cameo + role.Values[0], country.Country);
                return role.End;
            }
        }
        if (entry.Kind == NameKind.Country && FirstNameReading(i, n) is { } note)
        {
            Add(i, n.End, null, EntityKind.Unknown, null, null, note: note);
            return n.End;
        }
        Add(i, n.End, country, EntityKind.Country, country.Cameo, country.Country);
        return n.End;
    }

    private (int Next, bool Former, bool Current) SkipOfficeAdjectives(int k)
    {
        var former = false;
        var current = false;
        while (k < _words.Count && OfficeAdjectives.Contains(_words[k].Key.TrimEnd('-')) && !_words[k].IsCapitalized)
        {
            former |= _index.FormerWords.Contains(_words[k].Key) || _words[k].Key is "then" or "outgoing";
            current |= _words[k].Key is "current" or "incumbent" or "sitting";
            if (_words[k].BreakAfter) break;
            k++;
        }
        return (k, former, current);
    }

    /// <summary>"Jordan Peterson", "Atlanta, Georgia": a country name that here is not the country.</summary>
    private string? FirstNameReading(int i, TrieMatch<NameEntry> n)
    {
        var key = _words[i].Key;
        if (n.Length == 1 && _index.FirstNameCountries.Contains(key) && RunsOnIntoName(i, n.End) && !NamesAnInstitution(n.End)
            && (_index.Names.Longest(_words, n.End) is not { } next || next.Values.All(e => e.Kind is NameKind.PersonFull or NameKind.PersonSurname))
            && _index.Titles.Longest(_words, n.End) is null
            && _index.RoleNouns.Longest(_words, n.End) is null)
            return $"'{_words[i].Text}' is followed by another name here and reads as a given name, not the country";
        if (_index.UsStates.Contains(key) && i > 0 && _words[i - 1].BreakAfter && _words[i - 1].IsCapitalized
            && _document.Text.AsSpan(_words[i - 1].End, _words[i].Start - _words[i - 1].End).Trim().SequenceEqual(","))
            return $"'{_words[i].Text}' follows a city name and reads as the U.S. state, not the country";
        return null;
    }

    // ---- titles ------------------------------------------------------------------------------

    /// <summary>
    /// A title at word t (with the mention starting at word start): followed by a name it makes a
    /// titled person mention; alone it stands for the office's holder as of the date when the
    /// title (with its qualifier) denotes one office. Returns the next word index, or 0 when nothing was made.
    /// </summary>
    private int TitlePhrase(int start, int t, TrieMatch<Office> title, string? ownerId, bool former, bool current)
    {
        var offices = title.Values.Where(o => ownerId is null || o.OwnerId == ownerId).ToList();
        if (offices.Count == 0) return 0;
        var afterTitle = title.End;
        var next = afterTitle;
        if (!_words[title.End - 1].BreakAfter && !_words[title.End - 1].Possessive)
        {
            if (_index.Honorifics.Longest(_words, next) is { } honorific && !_words[honorific.End - 1].BreakAfter) next = honorific.End;
            var person = _index.Names.Longest(_words, next, (e, length) =>
                e.Kind is NameKind.PersonFull or NameKind.PersonSurname && NameIndex.CaseFits(_words, next, length, e));
            if (person is { } p)
            {
                var titleText = _document.Text[_words[start].Start.._words[afterTitle - 1].End];
                var consumed = PersonMention(start, p, titleText, offices, former);
                if (consumed != SomeoneElse) return consumed;
                var other = UnknownTitledPerson(start, afterTitle, next, offices, former, ownerId);
                return other > 0 ? other : p.Start + 1;
            }
            // "Nigerian junior foreign minister Dubem Oniya": a titled person the knowledge base does not know.
            if (UnknownTitledPerson(start, afterTitle, next, offices, former, ownerId) is > 0 and var made) return made;
        }
        if (ownerId is null)
        {
            // An unqualified title ("the Supreme Leader") stands for a holder only after "the", and
            // only when the article has already named the one country or body it belongs to.
            if (start == 0 || _words[start - 1].Key != "the") return 0;
            var named = _mentions.Where(m => m.EntityId != null && m.Kind != EntityKind.Person).Select(m => m.EntityId!).ToHashSet(StringComparer.Ordinal);
            foreach (var m in _mentions) if (m.Country != null) named.Add("country/" + m.Country);
            // "the speaker" or "the commander" in lower case is usually not the post; a top post is.
            var capitalized = _words[t].IsCapitalized;
            offices = offices.Where(o => named.Contains(o.OwnerId) && (capitalized || o.Roles.Any(r => r is "head_of_state" or "head_of_government" or "supreme_leader"))).ToList();
        }
        // "Russia's foreign minister" fits the Russian and the Soviet post: the one held on the date.
        if (offices.Count > 1 && offices.Where(o => _kb.HolderOn(o, _date).Holder is not null).ToList() is [var heldOnDate])
            offices = [heldOnDate];
        if (offices.Count != 1) return 0;
        var office = offices[0];
        var answer = _kb.HolderOn(office, _date);
        var holder = answer.Holder;
        var note = holder is null ? answer.Describe() : $"resolved from the office as of {_date}";
        var code = _people.CodeOf(office);
        var holderEntity = holder is null ? null : _kb.Entity(holder.PersonId);
        Add(start, afterTitle, holderEntity, EntityKind.Person, code, _people.CountryOfOffice(office), office, note: note,
            viaOffice: true, markedCurrent: current, former: former, name: holder?.PersonName);
        return afterTitle;
    }

    /// <summary>The end of the capitalized name words at <paramref name="i"/> that name no one the knowledge base knows (i itself when none).</summary>
    private int UnknownNameEnd(int i)
    {
        var end = i;
        while (end < _words.Count && end < i + 4 && _words[end].IsCapitalized && _words[end].Sentence == _words[i].Sentence
               && !NonNameCapitals.Contains(_words[end].Key) && _index.Titles.Longest(_words, end) is null)
        {
            if (_index.Names.Longest(_words, end) is { } known && known.Values.Any(e => e.Kind is NameKind.PersonFull)) return i;
            end++;
            if (_words[end - 1].BreakAfter || _words[end - 1].Possessive) break;
        }
        return end;
    }

    /// <summary>
    /// A title followed at <paramref name="name"/> by name words no one in the knowledge base bears:
    /// the person is unknown, but the title still says whose official they are (or, for a bare
    /// title several countries use, at least the role). Returns the word after the name, or 0.
    /// </summary>
    private int UnknownTitledPerson(int start, int afterTitle, int name, List<Office> offices, bool former, string? ownerId)
    {
        var nameEnd = UnknownNameEnd(name);
        if (nameEnd <= name) return 0;
        var codes = offices.Select(o => _people.CodeOf(o)).Distinct().ToList();
        var countries = offices.Select(o => _people.CountryOfOffice(o)).Distinct().ToList();
        string? code = null, country = null;
        if (codes is [{ } one] && countries is [{ } its] && (ownerId is not null || NamesCountry(start, afterTitle, its))) (code, country) = (one, its);
        // A bare title ("Vice-President X") says nothing of the country, however few offices of that name the
        // knowledge base holds, but it does say the role ...
        // ... and in an article that names one country only, the official is that country's.
        else if (_words[afterTitle - 1].IsCapitalized && codes.Select(c => c?.Length == 6 ? c[3..] : null).Distinct().ToList() is [{ } role])
            (code, country) = RoleInArticleCountry(role);
        else return 0;
        // A former holder speaks as one of the elite, no longer for the office.
        if (former && code is { Length: 6 }) code = code[..3] + "ELI";
        AddUnknownTitled(start, start, afterTitle, nameEnd, code, country, offices, former);
        return nameEnd;
    }

    /// <summary>A role's code for an official the text gives no country: the article's one country's, else unknown (---).</summary>
    private (string Code, string? Country) RoleInArticleCountry(string role) =>
        CountriesNamed() is { Count: 1 } named && _kb.Country(named.First()) is { } only ? (only.Cameo + role, only.Country) : ("---" + role, null);

    /// <summary>A person mention for the unknown name from <paramref name="afterTitle"/>, coded by the title from <paramref name="titleStart"/>.</summary>
    private void AddUnknownTitled(int start, int titleStart, int afterTitle, int nameEnd, string? code, string? country, List<Office>? offices, bool former)
    {
        var titleText = _document.Text[_words[titleStart].Start.._words[afterTitle - 1].End];
        var nameText = _document.Text[_words[afterTitle].Start.._words[nameEnd - 1].End];
        Add(start, nameEnd, null, EntityKind.Person, code, country,
            note: $"'{nameText}' is not in the knowledge base; coded by the title '{titleText}'", title: titleText, titleOffices: offices, titleFormer: former,
            name: nameText);
    }

    /// <summary>
    /// A title many hold (data/kb/generic-titles.tsv) at word t before two or more name words no
    /// one in the knowledge base bears ("Chilean Judge Alejandro Rivera"): a person of that role, of
    /// the country word before the title, else of the one country the article names, else of none.
    /// Returns the word after the name, or 0.
    /// </summary>
    private int GenericTitledPerson(int start, int t, Entity? country)
    {
        if (t >= _words.Count || !_words[t].IsCapitalized || _index.GenericTitles.Longest(_words, t) is not { } title
            || _words[title.End - 1].BreakAfter || _words[title.End - 1].Possessive) return 0;
        var nameEnd = UnknownNameEnd(title.End);
        if (nameEnd - title.End < 2) return 0;
        // "General Motors", "Justice Department": a title before a body's name names no person.
        if (NamesAnInstitution(title.End)) return 0;
        for (var w = title.End; w < nameEnd; w++)
            if (_index.Names.Longest(_words, w) is not null) return 0;
        var role = title.Values[0];
        var (code, countryCode) = country is not null ? (country.Cameo + role, country.Country) : RoleInArticleCountry(role);
        AddUnknownTitled(start, t, title.End, nameEnd, code, countryCode, null, false);
        return nameEnd;
    }

    /// <summary>True when the words from start to end name the country ("Algerian President").</summary>
    private bool NamesCountry(int start, int end, string country) => CountriesNamedIn(start, end).Contains(country);

    // ---- people ------------------------------------------------------------------------------

    /// <summary>What <see cref="PersonMention"/> returns when the titled name is someone else's ("Foreign Minister Choe Son Hui" is not Choe X).</summary>
    private const int SomeoneElse = -1;

    private int PersonMention(int start, TrieMatch<NameEntry> match, string? title, List<Office>? titleOffices, bool? former)
    {
        var full = match.Values.Where(e => e.Kind == NameKind.PersonFull).Select(e => e.Entity).Distinct().ToList();
        Entity? person = null;
        string? note = null;
        List<Entity>? ambiguous = null;
        if (full.Count > 0)
        {
            person = full.Count == 1 ? full[0] : Prefer(full, titleOffices);
            if (person is null) note = "several people share this name: " + string.Join(", ", full.Select(f => f.Id));
            ambiguous = full;
        }
        else
        {
            var key = SurnameKey(match.Start, match.End);
            // "Foreign Minister Choe Son Hui": a surname that runs on into more name words belongs to someone else.
            if (title is not null && RunsOnIntoName(match.Start, match.End)) return SomeoneElse;
            // "Tran Xuan Gia", "Jeb Bush": a surname after an unknown capitalized name word is part of another name.
            if (title is null && FollowsUnknownNameWord(match.Start, match.End)) return match.Start + 1;
            // "Joseph Kamau", "Said Ahmed Musa": a surname followed by an unknown name word is a given name.
            if (title is null && PrecedesUnknownNameWord(match.Start, match.End)) return match.Start + 1;
            // "a rally in Lagos", "talks in Washington": a bare surname after a word of place names a place.
            if (title is null && AfterPlaceWord(match.Start)) return match.Start + 1;
            if (_surnamesSeen.TryGetValue(key, out var seen)) person = seen;
            else
            {
                // "May", "Major" without a title are words, unless a government follows ("the Bush administration").
                if (title is null && _index.CommonWords.Contains(key) && !GovernmentFollows(match.End)) return match.Start + 1;
                // A surname alone must be relevant to the article: its bearer in office on the date,
                // or from a country the article has named ("Kim" is not the former World Bank head).
                var candidates = match.Values.Select(e => e.Entity).Distinct().ToList();
                var named = CountriesNamed();
                // Someone whose offices all lie after the date is not yet in the news under a bare surname.
                var relevant = candidates.Where(c => _kb.TenuresOn(c.Id, _date).Any()
                    || (_people.StatusOn(c, _date) is { Tenure: not null, Country: { } home } && named.Contains(home))).ToList();
                // Several bearers ("Kim" in both Koreas): the one in office for a country the article names.
                if (relevant.Count > 1 && relevant.Where(c => _kb.TenuresOn(c.Id, _date).Any()
                        && _people.StatusOn(c, _date).Country is { } home && named.Contains(home)).ToList() is [var only])
                    relevant = [only];
                person = relevant.Count == 1 ? relevant[0] : Prefer(relevant.Count > 0 ? relevant : candidates, titleOffices);
                if (person is null) note = $"the surname '{_document.Text[_words[match.Start].Start.._words[match.End - 1].End]}' fits several people: " + string.Join(", ", candidates.Select(c => c.Name));
                ambiguous = candidates;
            }
        }
        if (person is null)
        {
            // "President Bush" between the two Bushes: which person is open, but not which country.
            var countries = ambiguous?.Select(c => _people.StatusOn(c, _date).Country).Distinct().ToList();
            var shared = countries is [{ } one] ? one : null;
            Add(start, match.End, null, EntityKind.Person, shared is null ? null : _kb.Country(shared)?.Cameo ?? shared, shared,
                note: note, title: title, titleOffices: titleOffices, titleFormer: former ?? false);
            return match.End;
        }
        foreach (var surname in _index.SurnamesOf(person.Id)) _surnamesSeen[surname] = person;
        var status = _people.StatusOn(person, _date);
        var office = status.Office;
        // When the title names an office the person holds on the date, report that office.
        if (titleOffices != null && !status.Former)
        {
            var held = _kb.TenuresOn(person.Id, _date).Select(t => _kb.Office(t.OfficeId)).FirstOrDefault(o => o != null && titleOffices.Contains(o));
            if (held != null) office = held;
        }
        Add(start, match.End, person, EntityKind.Person, office != null && !status.Former ? _people.CodeOf(office) ?? status.Code : status.Code,
            status.Country, status.Former ? null : office, title: title, titleOffices: titleOffices, titleFormer: former ?? false,
            former: status.Former);
        return match.End;
    }

    private bool AfterPlaceWord(int start) =>
        start > 0 && _words[start - 1].Sentence == _words[start].Sentence && PlacePrepositions.Contains(_words[start - 1].Key) && !_words[start].Possessive;

    /// <summary>The key of a surname of one or more words ("suu kyi"), as <see cref="NameIndex.SurnamesOf"/> writes it.</summary>
    private string SurnameKey(int start, int end)
    {
        if (end - start == 1) return _words[start].Key;
        var keys = new string[end - start];
        for (var i = start; i < end; i++) keys[i - start] = _words[i].Key;
        return string.Join(' ', keys);
    }

    /// <summary>Capitalized words that never continue a person's name ("Israel Friday", "Trump Administration").</summary>
    private static readonly HashSet<string> NonNameCapitals =
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
         "april", "may", "june", "july", "august", "september", "october", "november", "december", "administration", "government"];

    /// <summary>
    /// True when the word before <paramref name="i"/> is a capitalized word that names nothing we know
    /// (not a title, honorific or name), outside title-case headlines.
    /// </summary>
    private bool FollowsUnknownNameWord(int i, int end)
    {
        if (i == 0) return false;
        var previous = _words[i - 1];
        if (!previous.IsCapitalized || previous.BreakAfter || previous.Possessive || previous.Sentence != _words[i].Sentence) return false;
        // A sentence-initial capital ("When", "Yesterday") is a name word only if the name runs on ("Tran Xuan Gia").
        if ((i - 1 == 0 || _words[i - 2].Sentence != previous.Sentence) && !RunsOnIntoName(i, end)) return false;
        if (NonNameCapitals.Contains(previous.Key) || _index.Titles.Longest(_words, i - 1) is not null
            || _index.Honorifics.Longest(_words, i - 1) is not null || _mentions.Any(m => m.Span.End == previous.End))
            return false;
        return !InTitleCaseSentence(previous.Sentence);
    }

    private bool PrecedesUnknownNameWord(int start, int end) =>
        RunsOnIntoName(start, end) && !InTitleCaseSentence(_words[start].Sentence)
        && _index.Names.Longest(_words, end) is null && _index.Titles.Longest(_words, end) is null
        && _index.Honorifics.Longest(_words, end) is null && !GovernmentFollows(end);

    private static readonly HashSet<string> GovernmentNouns = ["administration", "government", "cabinet", "regime"];

    private bool GovernmentFollows(int end) =>
        end < _words.Count && !_words[end - 1].BreakAfter && GovernmentNouns.Contains(_words[end].Key);

    private static readonly HashSet<string> MinorWords =
        ["a", "an", "the", "and", "but", "or", "nor", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "as", "vs"];

    /// <summary>
    /// A headline in title case ("Iran Says Araghchi Will Travel to Oman"), where capitals mark no
    /// names: every lower-case word is a minor word. A sentence dense with names still has a
    /// lower-case verb ("Tran Xuan Gia met Nguyen Phu Trong").
    /// </summary>
    private bool InTitleCaseSentence(int sentence) => (_titleCaseSentences ??= TitleCaseSentences()).Contains(sentence);

    /// <summary>The title-case sentences of the document, found in one pass on first use.</summary>
    private HashSet<int> TitleCaseSentences()
    {
        var letterWords = new Dictionary<int, int>();
        var notTitleCase = new HashSet<int>();
        foreach (var w in _words)
        {
            if (w.Text.Length == 0 || !char.IsLetter(w.Text[0])) continue;
            letterWords[w.Sentence] = letterWords.GetValueOrDefault(w.Sentence) + 1;
            if (!w.IsCapitalized && !MinorWords.Contains(w.Key)) notTitleCase.Add(w.Sentence);
        }
        return letterWords.Where(e => e.Value >= 3 && !notTitleCase.Contains(e.Key)).Select(e => e.Key).ToHashSet();
    }

    private HashSet<int>? _titleCaseSentences;

    /// <summary>Words that end the name of a body, never a person's ("Kenya Sugar Board", "Jordan Valley Authority").</summary>
    private static readonly HashSet<string> InstitutionWords =
        ["board", "association", "union", "council", "commission", "ministry", "authority", "agency", "bank", "airways",
         "airlines", "federation", "party", "army", "police", "corporation", "company", "institute", "university", "court",
         "committee", "movement", "front", "league", "chamber", "assembly", "parliament", "radio", "television", "times", "news",
         "department", "office", "service", "services", "staff", "forces", "command", "secretariat", "motors", "electric", "dynamics"];

    /// <summary>True when the capitalized words from <paramref name="from"/> (up to three) end in a word that names a body.</summary>
    private bool NamesAnInstitution(int from)
    {
        for (var k = from; k < _words.Count && k < from + 3 && _words[k].IsCapitalized; k++)
        {
            if (InstitutionWords.Contains(_words[k].Key)) return true;
            if (_words[k].BreakAfter) break;
        }
        return false;
    }

    /// <summary>True when capitalized name words follow in the same sentence ("Minister Choe Son Hui", "Jordan Peterson").</summary>
    private bool RunsOnIntoName(int start, int end) =>
        end < _words.Count && !_words[end - 1].BreakAfter && !_words[end - 1].Possessive && _words[end].IsCapitalized
        && _words[end].Sentence == _words[start].Sentence && !NonNameCapitals.Contains(_words[end].Key);

    private HashSet<string>? _countriesNamed;

    /// <summary>ISO3 codes of every country the article names anywhere (by name, demonym or metonym).</summary>
    private HashSet<string> CountriesNamed()
    {
        return _countriesNamed ??= CountriesNamedIn(0, _words.Count);
    }

    /// <summary>ISO3 codes of the countries words start to end name (by name, demonym or metonym).</summary>
    private HashSet<string> CountriesNamedIn(int start, int end)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        for (var i = start; i < end; i++)
        {
            if (_index.Names.Longest(_words, i, (e, length) => NameIndex.CaseFits(_words, i, length, e)) is not { } n) continue;
            foreach (var e in n.Values)
                if (e.Kind is NameKind.Country or NameKind.Demonym or NameKind.Metonym && !e.Ambiguous && e.Entity.Country is { } iso3)
                    named.Add(iso3);
        }
        return named;
    }

    /// <summary>Of several people a name fits, the one in office on the date (or who held a titled office); else none.</summary>
    private Entity? Prefer(List<Entity> people, List<Office>? titleOffices)
    {
        if (titleOffices != null)
        {
            var titled = people.Where(p => _kb.TenuresOfPerson(p.Id).Any(t => titleOffices.Any(o => o.Id == t.OfficeId))).ToList();
            if (titled.Count == 1) return titled[0];
            if (titled.Count > 1) people = titled;
        }
        var inOffice = people.Where(p => _kb.TenuresOn(p.Id, _date).Any()).ToList();
        return inOffice.Count == 1 ? inOffice[0] : null;
    }

    // ---- metonyms, organizations, groups -----------------------------------------------------

    /// <summary>Capitalized words that make a place name before them part of the name of an agreement or a forum.</summary>
    private static readonly HashSet<string> NamedAfterPlace = new(StringComparer.Ordinal)
    {
        "Agreement", "Agreements", "Accord", "Accords", "Amendment", "Protocol", "Declaration", "Summit", "Convention",
        "Conference", "Process", "Format", "Talks", "Round", "Treaty", "Charter", "Consensus", "Statute", "Group", "Club",
    };

    private int Metonym(int i, TrieMatch<NameEntry> n)
    {
        // "the Kigali Amendment", "the Minsk Group", "the Paris Club": a name, not the government.
        if (n.End < _words.Count && NamedAfterPlace.Contains(_words[n.End].Text)) return n.End;
        var entries = n.Values.Where(e => e.Kind == NameKind.Metonym).ToList();
        if (entries.Any(e => e.Ambiguous) || entries.Select(e => e.Entity.Id).Distinct().Count() > 1)
        {
            _pendingAmbiguous.Add((i, n));
            return n.End;
        }
        AddMetonym(i, n.End, entries[0].Entity);
        return n.End;
    }

    private void AddMetonym(int i, int end, Entity entity)
    {
        // After "in"/"at", or written in capitals as a dateline ("SEOUL -"), a capital is a place.
        var place = (i > 0 && PlacePrepositions.Contains(_words[i - 1].Key) || _words[i].IsAllCaps && _words[i].Text.Length > 3)
                    && !_words[end - 1].Possessive;
        if (entity.Kind == EntityKind.Country)
        {
            if (place) Add(i, end, entity, EntityKind.Country, entity.Cameo, entity.Country, note: "a place here (after a preposition), not the government");
            else Add(i, end, entity, EntityKind.Country, entity.Cameo + "GOV", entity.Country, metonym: true);
        }
        else Add(i, end, entity, entity.Kind, entity.Cameo, _kb.CountryOf(entity), metonym: !place);
    }

    /// <summary>"Vienna" stands for Austria or the IAEA only when exactly one of them is named elsewhere in the article.</summary>
    private void ResolveAmbiguousMetonyms()
    {
        var named = _mentions.Where(m => m.EntityId != null && !m.IsMetonym).Select(m => m.EntityId!).ToHashSet(StringComparer.Ordinal);
        foreach (var (i, n) in _pendingAmbiguous)
        {
            var entries = n.Values.Where(e => e.Kind == NameKind.Metonym).ToList();
            var candidates = entries.Select(e => e.Entity).DistinctBy(e => e.Id).ToList();
            var inContext = candidates.Where(c => named.Contains(c.Id)).ToList();
            // "Washington" is plainly the U.S. unless the article names the IMF, for which it is an ambiguous metonym.
            var plain = entries.Where(e => !e.Ambiguous).Select(e => e.Entity).DistinctBy(e => e.Id).ToList();
            if (inContext.Count == 1) AddMetonym(i, n.End, inContext[0]);
            else if (inContext.Count == 0 && plain.Count == 1) AddMetonym(i, n.End, plain[0]);
            else
                Add(i, n.End, null, EntityKind.Unknown, null, null,
                    note: $"'{_words[i].Text}' may stand for {string.Join(" or ", candidates.Select(c => c.Name))}; the article does not settle which");
        }
    }

    private int OrganizationPhrase(int i, TrieMatch<NameEntry> n, NameEntry entry)
    {
        var entity = entry.Entity;
        var last = _words[n.End - 1];
        if (last.Possessive && !last.BreakAfter)
        {
            var (k, former, current) = SkipOfficeAdjectives(n.End);
            if (_index.Titles.Longest(_words, k) is { } title)
            {
                var consumed = TitlePhrase(i, k, title, entity.Id, former, current);
                if (consumed > 0) return consumed;
            }
        }
        Add(i, n.End, entity, entity.Kind, entity.Cameo, _kb.CountryOf(entity));
        return n.End;
    }

    // ---- output ------------------------------------------------------------------------------

    /// <summary>Says which words were read as misspellings, so an explanation shows the repair.</summary>
    private string? SpellingNote(int startWord, int endWord, string? note)
    {
        var repairs = new List<string>();
        for (var i = startWord; i < endWord; i++)
            if (_words[i].Respelled != null) repairs.Add($"'{_words[i].Text}' read as '{_words[i].Key}'");
        if (repairs.Count == 0) return note;
        var spelling = "spelling: " + string.Join(", ", repairs);
        return note is null ? spelling : note + "; " + spelling;
    }

    private void Add(int startWord, int endWord, Entity? entity, EntityKind kind, string? code, string? country,
        Office? office = null, string? note = null, bool metonym = false, string? title = null,
        List<Office>? titleOffices = null, bool titleFormer = false, bool former = false, bool viaOffice = false,
        bool markedCurrent = false, string? name = null)
    {
        // "the United States", "the IAEA": the article belongs to the name.
        if (startWord > 0 && _words[startWord - 1].Key == "the" && !_words[startWord - 1].BreakAfter && entity != null
            && kind is EntityKind.Country or EntityKind.Organization or EntityKind.Group && !viaOffice)
            startWord--;
        var first = _words[startWord];
        var last = _words[endWord - 1];
        note = SpellingNote(startWord, endWord, note);
        _mentions.Add(new Mention
        {
            Span = new TextSpan(first.Start, last.End),
            Text = _document.Text[first.Start..last.End],
            FirstToken = first.FirstToken,
            TokenCount = last.LastToken - first.FirstToken + 1,
            SentenceIndex = first.Sentence,
            EntityId = entity?.Id,
            Name = name ?? entity?.Name,
            Kind = kind,
            Code = code,
            Country = country,
            Office = office?.Name,
            OfficeId = office?.Id,
            IsMetonym = metonym,
            Note = note,
            Title = title,
            TitleOfficeIds = titleOffices?.Select(o => o.Id).ToList() ?? [],
            TitleMarkedFormer = titleFormer,
            IsFormer = former,
            ViaOffice = viaOffice,
            MarkedCurrent = markedCurrent,
        });
    }
}
