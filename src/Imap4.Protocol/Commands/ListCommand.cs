using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Commands;

/// <summary>
/// <c>LIST [(selection-options)] reference pattern-or-patterns [RETURN (return-options)]</c>: RFC 9051 section 6.3.9
/// with LIST-EXTENDED (RFC 5258), SPECIAL-USE (RFC 6154), LIST-STATUS (RFC 5819) and LIST-MYRIGHTS (RFC 8440).
/// Patterns are Unicode (modified UTF-7 on the wire unless UTF-8 is in use). Unknown options are rejected on parse, as
/// RFC 5258 requires the server to answer BAD. Canonical output omits empty option lists (<c>()</c>, <c>RETURN ()</c>)
/// and writes a single pattern without parentheses.
/// </summary>
public sealed record ListCommand : ImapCommand
{
    private const ListSelectOptions BaseOptions = ListSelectOptions.Subscribed | ListSelectOptions.SpecialUse;
    private readonly ListSelectOptions _selection;
    private readonly ListReturnOptions _return;
    private readonly IReadOnlyList<StatusItem>? _returnStatus;

    /// <summary>Creates a LIST with one pattern.</summary>
    /// <param name="reference">The reference name (often empty).</param>
    /// <param name="pattern">The mailbox pattern, with <c>*</c> and <c>%</c> wildcards.</param>
    public ListCommand(MailboxName reference, string pattern) : this(reference, [pattern])
    {
    }

    /// <summary>Creates a LIST with one or more patterns (several need LIST-EXTENDED).</summary>
    /// <param name="reference">The reference name (often empty).</param>
    /// <param name="patterns">The patterns, at least one.</param>
    /// <exception cref="ArgumentException">No pattern, or a pattern with NUL or a lone surrogate.</exception>
    public ListCommand(MailboxName reference, IEnumerable<string> patterns)
    {
        Reference = reference ?? throw new ArgumentNullException(nameof(reference));
        Patterns = CoreSyntax.Freeze(patterns, nameof(patterns));
        if (Patterns.Count == 0) throw new ArgumentException("LIST needs at least one pattern.", nameof(patterns));
        foreach (string p in Patterns) CoreSyntax.CheckPattern(p, nameof(patterns));
    }

    /// <summary>The reference name.</summary>
    public MailboxName Reference { get; }

    /// <summary>The patterns (one unless LIST-EXTENDED).</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>Selection options.</summary>
    /// <exception cref="ArgumentException">RECURSIVEMATCH without SUBSCRIBED or SPECIAL-USE, or an undefined flag.</exception>
    public ListSelectOptions SelectionOptions
    {
        get => _selection;
        init
        {
            if ((value & ~(BaseOptions | ListSelectOptions.Remote | ListSelectOptions.RecursiveMatch)) != 0)
                throw new ArgumentOutOfRangeException(nameof(value));
            if (value.HasFlag(ListSelectOptions.RecursiveMatch) && (value & BaseOptions) == 0)
                throw new ArgumentException("RECURSIVEMATCH needs SUBSCRIBED or SPECIAL-USE.", nameof(value));
            _selection = value;
        }
    }

    /// <summary>Return options other than STATUS.</summary>
    public ListReturnOptions ReturnOptions
    {
        get => _return;
        init => _return = (value & ~(ListReturnOptions)15) == 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>The STATUS return option's items (LIST-STATUS, RFC 5819), or null for none.</summary>
    public IReadOnlyList<StatusItem>? ReturnStatus
    {
        get => _returnStatus;
        init => _returnStatus = value is null ? null : StatusItemNames.Check(value, nameof(value));
    }

    /// <summary>True when this is an extended LIST (RFC 5258): options or several patterns.</summary>
    public bool IsExtended => _selection != 0 || _return != 0 || _returnStatus is not null || Patterns.Count > 1;

    /// <inheritdoc/>
    public override string Name => "LIST";

    /// <inheritdoc/>
    public override void WriteArguments(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (_selection != 0)
        {
            writer.WriteRaw(" ("u8);
            ListOptionNames.WriteSelection(writer, _selection);
            writer.WriteByte((byte)')');
        }
        writer.WriteSpace();
        writer.WriteMailbox(Reference);
        writer.WriteSpace();
        WritePatterns(writer);
        if (_return == 0 && _returnStatus is null) return;
        writer.WriteRaw(" RETURN ("u8);
        ListOptionNames.WriteReturn(writer, _return, _returnStatus);
        writer.WriteByte((byte)')');
    }

    private void WritePatterns(ImapWriter writer)
    {
        if (Patterns.Count == 1)
        {
            CoreSyntax.WriteListMailbox(writer, Patterns[0]);
            return;
        }
        writer.WriteByte((byte)'(');
        for (int i = 0; i < Patterns.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            CoreSyntax.WriteListMailbox(writer, Patterns[i]);
        }
        writer.WriteByte((byte)')');
    }

    /// <inheritdoc/>
    public bool Equals(ListCommand? other) =>
        other is not null && Reference == other.Reference && ValueEquality.Equal(Patterns, other.Patterns)
        && _selection == other._selection && _return == other._return && ValueEquality.Equal(_returnStatus, other._returnStatus);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Reference, ValueEquality.Hash(Patterns), _selection, _return, ValueEquality.Hash(_returnStatus));

    /// <inheritdoc/>
    public override string ToString() =>
        $"ListCommand {{ Name = LIST, SelectionOptions = {_selection}, Reference = {Reference}, Patterns = {CoreSyntax.Join(Patterns)}, " +
        $"ReturnOptions = {_return}, ReturnStatus = {CoreSyntax.Join(_returnStatus)} }}";

    internal static ListCommand Parse(ref ImapReader reader, bool isUid)
    {
        reader.ReadSpace();
        ListSelectOptions selection = ListSelectOptions.None;
        if (reader.TryPeek(out byte b) && b == '(')
        {
            selection = ListOptionNames.ReadSelection(ref reader);
            reader.TryReadSpace(); // tolerance: RFC 5819's own example omits this SP ("(SUBSCRIBED RECURSIVEMATCH)""")
        }
        if (reader.IsAtEndOfLine) reader.Fail("expected reference name");
        MailboxName reference = reader.ReadMailbox();
        reader.ReadSpace();
        List<string> patterns = ReadPatterns(ref reader);
        ListReturnOptions returns = ListReturnOptions.None;
        List<StatusItem>? status = null;
        if (reader.TryReadSpace())
        {
            reader.ExpectKeyword("RETURN"u8);
            reader.ReadSpace();
            returns = ListOptionNames.ReadReturn(ref reader, out status);
        }
        return new ListCommand(reference, patterns) { SelectionOptions = selection, ReturnOptions = returns, ReturnStatus = status };
    }

    private static List<string> ReadPatterns(ref ImapReader reader)
    {
        if (reader.IsAtEndOfLine) reader.Fail("expected mailbox pattern");
        if (!reader.TryEnterList()) return [CoreSyntax.ReadListMailbox(ref reader)];
        var patterns = new List<string>();
        do
        {
            patterns.Add(CoreSyntax.ReadListMailbox(ref reader));
        }
        while (reader.TryReadSpace());
        reader.ExitList();
        return patterns;
    }
}
