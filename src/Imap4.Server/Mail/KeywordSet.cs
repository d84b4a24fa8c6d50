using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;
using Imap4.Server.Commands;

namespace Imap4.Server.Mail;

/// <summary>
/// The flags a session was told about in FLAGS and PERMANENTFLAGS. When a new keyword appears on a message (set by this
/// session or another), both responses are sent again so that the client learns it (RFC 9051 sections 7.3.5 and 7.1).
/// </summary>
public sealed class KeywordSet
{
    private static readonly Flag[] SystemFlags = [Flag.Answered, Flag.Flagged, Flag.Deleted, Flag.Seen, Flag.Draft];
    private readonly List<Flag> _flags = [.. SystemFlags];
    private bool _changed;

    /// <summary>Creates the set with the system flags and the mailbox's keywords.</summary>
    /// <param name="keywords">The keywords in use.</param>
    public KeywordSet(IEnumerable<Flag> keywords)
    {
        ArgumentNullException.ThrowIfNull(keywords);
        foreach (Flag k in keywords)
            if (!_flags.Contains(k)) _flags.Add(k);
    }

    /// <summary>The flags for the FLAGS response.</summary>
    public IReadOnlyList<Flag> Flags => _flags;

    /// <summary>Notes the flags of a message; new keywords make <see cref="WriteIfChanged"/> send FLAGS again.</summary>
    /// <param name="flags">The flags.</param>
    public void Learn(IReadOnlyList<Flag> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        foreach (Flag f in flags)
        {
            if (_flags.Contains(f)) continue;
            _flags.Add(f);
            _changed = true;
        }
    }

    /// <summary>Sends FLAGS and PERMANENTFLAGS when keywords were learned since the last time.</summary>
    /// <param name="context">The response channel.</param>
    /// <param name="readOnly">True for EXAMINE (no permanent flags).</param>
    public void WriteIfChanged(CommandContext context, bool readOnly)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!_changed) return;
        _changed = false;
        context.Write(new FlagsResponse(_flags));
        if (!readOnly) context.Write(new StatusResponse(null, StatusKind.Ok, new PermanentFlagsCode([.. _flags, Flag.Wildcard]), "Flags permitted."));
    }
}
