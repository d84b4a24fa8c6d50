using Imap4.Protocol.Search;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;

namespace Imap4.Server.Handlers.Messages;

/// <summary>The RETURN options SEARCH (ESEARCH, SEARCHRES) and SORT (ESORT) accept; others are refused the same way.</summary>
internal static class ReturnOptions
{
    /// <summary>A BAD result for the first option not in <paramref name="supported"/>, or null when all are supported.</summary>
    public static CommandResult? Refuse(SearchReturnOptions? options, params string[] supported)
    {
        foreach (SearchReturnOption option in options ?? SearchReturnOptions.Empty)
            if (Array.IndexOf(supported, option.Name.ToUpperInvariant()) < 0)
                return CommandResult.Bad(ResponseCode.ClientBug, $"Return option {option.Name} is not supported.");
        return null;
    }
}
