using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// <c>[PERMANENTFLAGS (flags)]</c>: the flags the client can change permanently; <see cref="Flag.Wildcard"/> (<c>\*</c>)
/// means new keywords can be created.
/// </summary>
public sealed record PermanentFlagsCode : ResponseCode
{
    /// <summary>Creates the code.</summary>
    /// <param name="flags">The flags, possibly including <see cref="Flag.Wildcard"/>.</param>
    public PermanentFlagsCode(IReadOnlyList<Flag> flags)
        : base("PERMANENTFLAGS")
    {
        ArgumentNullException.ThrowIfNull(flags);
        Flags = ValueList<Flag>.Of(flags, nameof(flags));
    }

    /// <summary>The permanent flags.</summary>
    public IReadOnlyList<Flag> Flags { get; }

    /// <summary>True when <c>\*</c> is present: keywords can be created.</summary>
    public bool AllowsNewKeywords
    {
        get
        {
            foreach (Flag f in Flags)
                if (f.IsWildcard) return true;
            return false;
        }
    }

    /// <inheritdoc />
    protected override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteSpace();
        writer.WriteFlagList(Flags);
    }

    internal static PermanentFlagsCode Parse(ref ImapReader reader, string name)
    {
        reader.ReadSpace();
        return new PermanentFlagsCode(reader.ReadFlagList());
    }
}
