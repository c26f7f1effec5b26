namespace Narrator.Text.Normalization;

/// <summary>Abbreviations written with a period, and how they are read.</summary>
internal static class Abbreviations
{
    /// <summary>Titles and words that never end a sentence: "Mr." is followed by a name.</summary>
    public static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["Mr"] = "mister", ["Mrs"] = "missus", ["Ms"] = "miz", ["Prof"] = "professor", ["Gen"] = "general",
        ["Capt"] = "captain", ["Lt"] = "lieutenant", ["Col"] = "colonel", ["Sgt"] = "sergeant", ["Rev"] = "reverend",
        ["Hon"] = "honorable", ["Gov"] = "governor", ["Sen"] = "senator", ["Rep"] = "representative", ["Mt"] = "mount",
        ["Ft"] = "fort", ["Fig"] = "figure", ["fig"] = "figure", ["vs"] = "versus", ["Vs"] = "versus", ["cf"] = "compare",
        ["approx"] = "approximately", ["Approx"] = "approximately", ["Vol"] = "volume", ["vol"] = "volume",
        ["ch"] = "chapter", ["Ch"] = "chapter", ["Pres"] = "president",
    };

    /// <summary>Abbreviations that may end a sentence: their period then also counts as a full stop.</summary>
    public static readonly Dictionary<string, string> Trailing = new(StringComparer.Ordinal)
    {
        ["etc"] = "et cetera", ["Jr"] = "junior", ["Sr"] = "senior", ["Inc"] = "incorporated", ["Ltd"] = "limited",
        ["Co"] = "company", ["Corp"] = "corporation", ["Ave"] = "avenue", ["Blvd"] = "boulevard", ["Rd"] = "road",
        ["Ln"] = "lane", ["Bros"] = "brothers", ["Dept"] = "department", ["Univ"] = "university", ["esp"] = "especially",
        ["Esq"] = "esquire",
        ["Mon"] = "Monday", ["Tue"] = "Tuesday", ["Tues"] = "Tuesday", ["Wed"] = "Wednesday", ["Thu"] = "Thursday",
        ["Thur"] = "Thursday", ["Thurs"] = "Thursday", ["Fri"] = "Friday", ["Sat"] = "Saturday", ["Sun"] = "Sunday",
        ["Jan"] = "January", ["Feb"] = "February", ["Apr"] = "April", ["Jun"] = "June", ["Jul"] = "July",
        ["Aug"] = "August", ["Sep"] = "September", ["Sept"] = "September", ["Oct"] = "October", ["Nov"] = "November",
        ["Dec"] = "December",
    };

    /// <summary>Dotted forms read as a whole: "e.g.", "i.e.".</summary>
    public static readonly Dictionary<string, string> Dotted = new(StringComparer.OrdinalIgnoreCase)
    {
        ["e.g."] = "for example", ["i.e."] = "that is", ["a.k.a."] = "also known as", ["n.b."] = "note",
        ["r.i.p."] = "rest in peace", ["q.v."] = "which see",
    };

    /// <summary>Only before a number: "No. 5", "p. 12", "pp. 10-20", "c. 1850".</summary>
    public static readonly Dictionary<string, string> BeforeNumber = new(StringComparer.Ordinal)
    {
        ["No"] = "number", ["no"] = "number", ["Nos"] = "numbers", ["p"] = "page", ["pp"] = "pages", ["c"] = "circa",
        ["ca"] = "circa",
    };

    /// <summary>Read the same with or without a period.</summary>
    public static readonly Dictionary<string, string> Bare = new(StringComparer.Ordinal)
    {
        ["vs"] = "versus", ["Mr"] = "mister", ["Mrs"] = "missus", ["Ms"] = "miz", ["etc"] = "et cetera",
    };
}
