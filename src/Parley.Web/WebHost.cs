namespace Parley.Web;

/// <summary>
/// The JSON API and dashboard host behind `parley serve`.
/// PLACEHOLDER: the web work fills it in.
/// </summary>
public static class WebHost
{
}
