using Parley.Text;

namespace Parley.Events.Syntax;

/// <summary>
/// The dependency tree of one sentence, indexed by document token: heads, relations and
/// children. Built from the parser's Head and DepRel; a head outside the sentence counts as the root.
/// </summary>
internal sealed class SentenceTree
{
    private readonly IReadOnlyList<Token> _tokens;
    private readonly int _start;
    private readonly int _end;
    private readonly List<int>?[] _children;

    private bool IsHeading { get; init; }
    private bool EndsWithStop { get; init; }

    private SentenceTree(IReadOnlyList<Token> tokens, int start, int end)
    {
        _tokens = tokens;
        _start = start;
        _end = end;
        _children = new List<int>?[end - start];
        for (var t = start; t < end; t++)
            if (Head(t) is var h and >= 0) (_children[h - start] ??= new List<int>(2)).Add(t);
    }

    /// <summary>The tree of a sentence, or null when the parser did not run on it.</summary>
    public static SentenceTree? Of(Document document, Sentence sentence)
    {
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var t = sentence.FirstToken; t < end; t++)
            if (document.Tokens[t].DepRel is null) return null;
        return new SentenceTree(document.Tokens, sentence.FirstToken, end)
        {
            IsHeading = sentence.IsHeading,
            EndsWithStop = document.Tokens[end - 1].Text is "." or "!" || (end - 2 >= sentence.FirstToken && document.Tokens[end - 2].Text == "."),
        };
    }

    public int Head(int token)
    {
        var h = _tokens[token].Head;
        return h >= _start && h < _end && h != token ? h : -1;
    }

    /// <summary>The full relation ("nsubj:pass").</summary>
    public string Relation(int token) => _tokens[token].DepRel ?? "dep";

    /// <summary>The universal relation without its subtype ("nsubj").</summary>
    public string BaseRelation(int token)
    {
        var rel = Relation(token);
        var colon = rel.IndexOf(':');
        return colon < 0 ? rel : rel[..colon];
    }

    public string? Upos(int token) => _tokens[token].Upos;

    public IReadOnlyList<int> Children(int token) => _children[token - _start] ?? (IReadOnlyList<int>)[];

    /// <summary>The first child whose relation is one of <paramref name="relations"/> (full or base name).</summary>
    public int Child(int token, params ReadOnlySpan<string> relations)
    {
        foreach (var c in Children(token))
            if (relations.Contains(Relation(c)) || relations.Contains(BaseRelation(c))) return c;
        return -1;
    }

    /// <summary>The lower-cased word of a "case" or "mark" child ("by" in "by Israel").</summary>
    public string? CaseWord(int token)
    {
        foreach (var c in Children(token))
            if (BaseRelation(c) is "case") return _tokens[c].Text.ToLowerInvariant();
        return null;
    }

    /// <summary>True when <paramref name="ancestor"/> dominates <paramref name="token"/> (or is it).</summary>
    public bool Dominates(int ancestor, int token)
    {
        for (var t = token; t >= 0; t = Head(t))
            if (t == ancestor) return true;
        return false;
    }

    /// <summary>
    /// True when <paramref name="token"/> lies inside the noun phrases of <paramref name="predicate"/>'s
    /// own clause (its objects, obliques and their modifiers), not in a coordinated or embedded clause.
    /// </summary>
    public bool InArgumentsOf(int predicate, int token)
    {
        for (var t = token; t >= 0; t = Head(t))
        {
            if (t == predicate) return true;
            if (BaseRelation(t) is "conj" or "parataxis" or "ccomp" or "advcl" or "acl" or "xcomp" or "csubj" or "list" or "root") return false;
        }
        return false;
    }

    /// <summary>
    /// A verb the parser hung under a root noun as a participle although it is the main verb
    /// ("Palestinians blamed Israel", read as "Palestinians [who were] blamed"): finite, or a
    /// participle with a direct object, under a noun that nothing else governs (or that only a
    /// quantity governs: "hundreds of protesters marched").
    /// </summary>
    public bool LooksLikeMainVerb(int token)
    {
        var head = Head(token);
        if (BaseRelation(token) != "acl" || head < 0 || Upos(head) is not ("NOUN" or "PROPN" or "PRON")) return false;
        // "Hundreds of Sudanese protesters marched on ...": the noun may hang under a root quantity by "of".
        var subject = head;
        while (BaseRelation(subject) == "nmod" && CaseWord(subject) == "of" && Head(subject) is var whole and >= 0 && whole < subject) subject = whole;
        if (BaseRelation(subject) != "root") return false;
        var xpos = _tokens[token].Xpos;
        if (xpos is "VBD" or "VBZ" or "VBP" || (xpos == "VBN" && Child(token, "obj") >= 0)) return true;
        // In running prose a sentence needs a main verb: a participle without a by-phrase under the
        // root noun of a full sentence is it ("The parliament threatened to ..."); headlines keep the passive.
        return xpos == "VBN" && !IsHeading && EndsWithStop && !HasByPhrase(token);
    }

    private bool HasByPhrase(int verb)
    {
        foreach (var c in Children(verb))
            if (BaseRelation(c) == "obl" && CaseWord(c) == "by") return true;
        return false;
    }
}
