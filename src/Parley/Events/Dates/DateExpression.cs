using Parley.Time;

namespace Parley.Events.Dates;

/// <summary>How a date expression relates to the events around it.</summary>
public enum DateKind
{
    /// <summary>A point or period: "in January 2020", "last week", "on Tuesday".</summary>
    Point,
    /// <summary>The start of a state that still holds: "since 2018".</summary>
    Since,
    /// <summary>Vaguely close to publication: "recently".</summary>
    Recent,
}

/// <summary>A date found in a sentence: its tokens (document indices, inclusive) and its value.</summary>
public sealed record DateExpression(int FirstToken, int LastToken, PartialDate Date, DateKind Kind);
