namespace Parley.Storage;

/// <summary>One step of a store's schema history. Versions start at 1 and increase by one.</summary>
public sealed record StoreMigration(int Version, string Description, IReadOnlyList<string> Statements);

/// <summary>A store whose schema is newer than this program understands; opening it is refused.</summary>
public static class StoreSchemaErrors
{
    public static ParleyInputException TooNew(string store, int found, int known) => new(store,
        $"the store's schema is version {found}, newer than version {known} that this Parley knows; " +
        "use a newer Parley (the store was left untouched)");
}
