namespace Imap4.Protocol.Search;

/// <summary>Validation shared by the search records.</summary>
internal static class SearchArguments
{
    /// <summary>Strings go out as astring; only NUL can never be sent.</summary>
    internal static string CheckText(string value, string name)
    {
        ArgumentNullException.ThrowIfNull(value, name);
        return value.Contains('\0', StringComparison.Ordinal) ? throw new ArgumentException("NUL cannot be sent in IMAP.", name) : value;
    }
}
