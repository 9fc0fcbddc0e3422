using Parley.Knowledge;
using Parley.Tests.Support;

namespace Parley.Tests.Knowledge;

/// <summary>Builds small knowledge bases from TSV text, so each test states the data it relies on.</summary>
internal static class KbFixture
{
    public const string OfficeHeader = "id\tname\taliases\towner\troles\tcameo_role\tsingle_holder\ttitles";
    public const string TenureHeader = "person\tperson_name\toffice\tstart\tend\tacting\tnote\tverified_through";

    public const string Countries =
        "id\tiso2\tiso3\tcameo\tqid\tname\taliases\tdemonyms\tcapital\tmetonyms\tstatus\n" +
        "country/ALP\tAP\tALP\tALP\t\tAlpland\tRepublic of Alpland\tAlpish|Alpians\tAlptown\tAlptown|the Summit Palace\tmember\n";

    public const string Offices =
        OfficeHeader + "\n" +
        "office/ALP/president\tPresident of Alpland\t\tcountry/ALP\thead_of_state|head_of_government\tGOV\tyes\tPresident\n";

    /// <summary>Writes the given files under a fresh kb folder and loads it.</summary>
    public static KnowledgeBase Load(TempFolder folder, string tenures, string? offices = null, string? countries = null, string? extra = null)
    {
        folder.Write("kb/countries.tsv", countries ?? Countries);
        folder.Write("kb/offices/test.tsv", offices ?? Offices);
        folder.Write("kb/tenures/test.tsv", TenureHeader + "\n" + tenures);
        if (extra != null) folder.Write("kb/people.tsv", extra);
        return KnowledgeBase.Load(folder.File("kb"));
    }

    public static string Row(string person, string office, string start, string end = "", bool acting = false, string verified = "2025-06-30") =>
        $"person/{person.ToLowerInvariant().Replace(' ', '-')}\t{person}\t{office}\t{start}\t{end}\t{(acting ? "yes" : "")}\tnote\t{(end.Length == 0 ? verified : "")}\n";

    /// <summary>The real data/kb of the repository, loaded once.</summary>
    public static KnowledgeBase Repository => RepositoryKb.Value;

    private static readonly Lazy<KnowledgeBase> RepositoryKb = new(() => KnowledgeBase.Load(RepoPaths.Resources));
}
