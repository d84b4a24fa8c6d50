using System.Diagnostics.CodeAnalysis;
using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Primitives;

/// <summary>
/// A capability as announced in CAPABILITY responses and response codes: an atom, compared case-insensitively.
/// A capability of the form <c>NAME=VALUE</c> (<c>AUTH=PLAIN</c>, <c>APPENDLIMIT=1000</c>, <c>SORT=DISPLAY</c>) is split
/// into <see cref="Name"/> and <see cref="Value"/>.
/// </summary>
public sealed class Capability : IEquatable<Capability>
{
    /// <summary><c>IMAP4rev1</c> (RFC 3501).</summary>
    public static Capability Imap4Rev1 { get; } = new("IMAP4rev1", true);

    /// <summary><c>IMAP4rev2</c> (RFC 9051).</summary>
    public static Capability Imap4Rev2 { get; } = new("IMAP4rev2", true);

    /// <summary><c>IDLE</c> (RFC 2177).</summary>
    public static Capability Idle { get; } = new("IDLE", true);

    /// <summary><c>MOVE</c> (RFC 6851).</summary>
    public static Capability Move { get; } = new("MOVE", true);

    /// <summary><c>UIDPLUS</c>: APPENDUID, COPYUID, UID EXPUNGE (RFC 4315).</summary>
    public static Capability UidPlus { get; } = new("UIDPLUS", true);

    /// <summary><c>UNSELECT</c> (RFC 3691).</summary>
    public static Capability Unselect { get; } = new("UNSELECT", true);

    /// <summary><c>Imap4Rev1, Imap4Rev2, Idle, Move, UidPlus, Unselect, Namespace, Enable, Id, LiteralPlus, LiteralMinus, SaslIR, StartTls, LoginDisabled, CondStore, QResync, ESearch, SearchRes, Sort, SortDisplay, ESort, ThreadReferences, ThreadOrderedSubject, ListExtended, ListStatus, SpecialUse, CreateSpecialUse, Children, StatusSize, Binary, MultiAppend, Catenate, Quota, QuotaResStorage, QuotaResMessage, Acl, Metadata, MetadataServer, AnnotateMore, CompressDeflate, Utf8Accept, Utf8Only, AppendLimit, Within, ObjectId, SaveDate, Preview, Partial, Unauthenticate, GmailExtensions, XList, AuthPlainPACE</c> (RFC 2342).</summary>
    public static Capability Namespace { get; } = new("Imap4Rev1, Imap4Rev2, Idle, Move, UidPlus, Unselect, Namespace, Enable, Id, LiteralPlus, LiteralMinus, SaslIR, StartTls, LoginDisabled, CondStore, QResync, ESearch, SearchRes, Sort, SortDisplay, ESort, ThreadReferences, ThreadOrderedSubject, ListExtended, ListStatus, SpecialUse, CreateSpecialUse, Children, StatusSize, Binary, MultiAppend, Catenate, Quota, QuotaResStorage, QuotaResMessage, Acl, Metadata, MetadataServer, AnnotateMore, CompressDeflate, Utf8Accept, Utf8Only, AppendLimit, Within, ObjectId, SaveDate, Preview, Partial, Unauthenticate, GmailExtensions, XList, AuthPlainPACE", true);

    /// <summary><c>ENABLE</c> (RFC 5161).</summary>
    public static Capability Enable { get; } = new("ENABLE", true);

    /// <summary><c>ID</c> (RFC 2971).</summary>
    public static Capability Id { get; } = new("ID", true);

    /// <summary><c>LITERAL+</c>: non-synchronizing literals of any size (RFC 7888).</summary>
    public static Capability LiteralPlus { get; } = new("LITERAL+", true);

    /// <summary><c>LITERAL-</c>: non-synchronizing literals up to 4096 bytes (RFC 7888).</summary>
    public static Capability LiteralMinus { get; } = new("LITERAL-", true);

    /// <summary><c>SASL-IR</c>: initial response in AUTHENTICATE (RFC 4959).</summary>
    public static Capability SaslIR { get; } = new("SASL-IR", true);

    /// <summary><c>STARTTLS</c> (RFC 9051).</summary>
    public static Capability StartTls { get; } = new("STARTTLS", true);

    /// <summary><c>LOGINDISABLED</c>: LOGIN is refused (RFC 9051).</summary>
    public static Capability LoginDisabled { get; } = new("LOGINDISABLED", true);

    /// <summary><c>CONDSTORE</c> (RFC 7162).</summary>
    public static Capability CondStore { get; } = new("CONDSTORE", true);

    /// <summary><c>QRESYNC</c> (RFC 7162).</summary>
    public static Capability QResync { get; } = new("QRESYNC", true);

    /// <summary><c>ESEARCH</c> (RFC 4731).</summary>
    public static Capability ESearch { get; } = new("ESEARCH", true);

    /// <summary><c>SEARCHRES</c>: saved search results, <c>$</c> (RFC 5182).</summary>
    public static Capability SearchRes { get; } = new("SEARCHRES", true);

    /// <summary><c>SORT</c> (RFC 5256).</summary>
    public static Capability Sort { get; } = new("SORT", true);

    /// <summary><c>SORT=DISPLAY</c> (RFC 5957).</summary>
    public static Capability SortDisplay { get; } = new("SORT=DISPLAY", true);

    /// <summary><c>ESORT</c> (RFC 5267).</summary>
    public static Capability ESort { get; } = new("ESORT", true);

    /// <summary><c>THREAD=REFERENCES</c> (RFC 5256).</summary>
    public static Capability ThreadReferences { get; } = new("THREAD=REFERENCES", true);

    /// <summary><c>THREAD=ORDEREDSUBJECT</c> (RFC 5256).</summary>
    public static Capability ThreadOrderedSubject { get; } = new("THREAD=ORDEREDSUBJECT", true);

    /// <summary><c>LIST-EXTENDED</c> (RFC 5258).</summary>
    public static Capability ListExtended { get; } = new("LIST-EXTENDED", true);

    /// <summary><c>LIST-STATUS</c> (RFC 5819).</summary>
    public static Capability ListStatus { get; } = new("LIST-STATUS", true);

    /// <summary><c>SPECIAL-USE</c> (RFC 6154).</summary>
    public static Capability SpecialUse { get; } = new("SPECIAL-USE", true);

    /// <summary><c>CREATE-SPECIAL-USE</c> (RFC 6154).</summary>
    public static Capability CreateSpecialUse { get; } = new("CREATE-SPECIAL-USE", true);

    /// <summary><c>CHILDREN</c> (RFC 3348).</summary>
    public static Capability Children { get; } = new("CHILDREN", true);

    /// <summary><c>STATUS=SIZE</c> (RFC 8438).</summary>
    public static Capability StatusSize { get; } = new("STATUS=SIZE", true);

    /// <summary><c>BINARY</c> (RFC 3516).</summary>
    public static Capability Binary { get; } = new("BINARY", true);

    /// <summary><c>MULTIAPPEND</c> (RFC 3502).</summary>
    public static Capability MultiAppend { get; } = new("MULTIAPPEND", true);

    /// <summary><c>CATENATE</c> (RFC 4469).</summary>
    public static Capability Catenate { get; } = new("CATENATE", true);

    /// <summary><c>QUOTA</c> (RFC 9208).</summary>
    public static Capability Quota { get; } = new("QUOTA", true);

    /// <summary><c>QUOTA=RES-STORAGE</c> (RFC 9208).</summary>
    public static Capability QuotaResStorage { get; } = new("QUOTA=RES-STORAGE", true);

    /// <summary><c>QUOTA=RES-MESSAGE</c> (RFC 9208).</summary>
    public static Capability QuotaResMessage { get; } = new("QUOTA=RES-MESSAGE", true);

    /// <summary><c>ACL</c> (RFC 4314).</summary>
    public static Capability Acl { get; } = new("ACL", true);

    /// <summary><c>METADATA</c> (RFC 5464).</summary>
    public static Capability Metadata { get; } = new("METADATA", true);

    /// <summary><c>METADATA-SERVER</c> (RFC 5464).</summary>
    public static Capability MetadataServer { get; } = new("METADATA-SERVER", true);

    /// <summary><c>ANNOTATEMORE</c> (draft predecessor of METADATA).</summary>
    public static Capability AnnotateMore { get; } = new("ANNOTATEMORE", true);

    /// <summary><c>COMPRESS=DEFLATE</c> (RFC 4978).</summary>
    public static Capability CompressDeflate { get; } = new("COMPRESS=DEFLATE", true);

    /// <summary><c>UTF8=ACCEPT</c> (RFC 6855).</summary>
    public static Capability Utf8Accept { get; } = new("UTF8=ACCEPT", true);

    /// <summary><c>UTF8=ONLY</c> (RFC 6855).</summary>
    public static Capability Utf8Only { get; } = new("UTF8=ONLY", true);

    /// <summary><c>APPENDLIMIT</c> without a value (RFC 7889).</summary>
    public static Capability AppendLimit { get; } = new("APPENDLIMIT", true);

    /// <summary><c>WITHIN</c>: OLDER and YOUNGER search keys (RFC 5032).</summary>
    public static Capability Within { get; } = new("WITHIN", true);

    /// <summary><c>OBJECTID</c> (RFC 8474).</summary>
    public static Capability ObjectId { get; } = new("OBJECTID", true);

    /// <summary><c>SAVEDATE</c> (RFC 8514).</summary>
    public static Capability SaveDate { get; } = new("SAVEDATE", true);

    /// <summary><c>PREVIEW</c> (RFC 8970).</summary>
    public static Capability Preview { get; } = new("PREVIEW", true);

    /// <summary><c>PARTIAL</c> (RFC 9394).</summary>
    public static Capability Partial { get; } = new("PARTIAL", true);

    /// <summary><c>UNAUTHENTICATE</c> (RFC 8437).</summary>
    public static Capability Unauthenticate { get; } = new("UNAUTHENTICATE", true);

    /// <summary><c>X-GM-EXT-1</c>: Gmail extensions.</summary>
    public static Capability GmailExtensions { get; } = new("X-GM-EXT-1", true);

    /// <summary><c>XLIST</c>: Gmail's pre-SPECIAL-USE LIST.</summary>
    public static Capability XList { get; } = new("XLIST", true);

    /// <summary><c>AUTH=PLAIN</c> (RFC 4616).</summary>
    public static Capability AuthPlain { get; } = new("AUTH=PLAIN", true);

    private static readonly Capability[] WellKnown =
    [
        Imap4Rev1, Imap4Rev2, Idle, Move, UidPlus, Unselect, Namespace, Enable, Id, LiteralPlus,
        LiteralMinus, SaslIR, StartTls, LoginDisabled, CondStore, QResync, ESearch, SearchRes, Sort,
        SortDisplay, ESort, ThreadReferences, ThreadOrderedSubject, ListExtended, ListStatus, SpecialUse,
        CreateSpecialUse, Children, StatusSize, Binary, MultiAppend, Catenate, Quota, QuotaResStorage,
        QuotaResMessage, Acl, Metadata, MetadataServer, AnnotateMore, CompressDeflate, Utf8Accept, Utf8Only,
        AppendLimit, Within, ObjectId, SaveDate, Preview, Partial, Unauthenticate, GmailExtensions, XList,
        AuthPlain,
    ];

    /// <summary>Creates a capability, validating it.</summary>
    /// <param name="value">An atom, e.g. <c>IDLE</c> or <c>AUTH=PLAIN</c>.</param>
    /// <exception cref="ArgumentException">The value is not an atom, or is <c>AUTH=</c> without a mechanism.</exception>
    public Capability(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsValid(value)) throw new ArgumentException($"'{value}' is not a valid capability.", nameof(value));
        (Text, Name, Value) = Split(value);
    }

    private Capability(string value, bool _) => (Text, Name, Value) = Split(value);

    private static (string, string, string?) Split(string text)
    {
        int eq = text.IndexOf('=', StringComparison.Ordinal);
        return eq < 0 ? (text, text, null) : (text, text[..eq], text[(eq + 1)..]);
    }

    private static bool IsValid(string value) =>
        ImapChars.IsAtom(value) && !(value.Length == 5 && value.StartsWith("AUTH=", StringComparison.OrdinalIgnoreCase));

    /// <summary>The capability as written, e.g. <c>AUTH=PLAIN</c>.</summary>
    public string Text { get; }

    /// <summary>The part before the first <c>=</c>, or the whole capability, e.g. <c>AUTH</c> or <c>IDLE</c>.</summary>
    public string Name { get; }

    /// <summary>The part after the first <c>=</c>, e.g. <c>PLAIN</c> or <c>1000</c>; null when there is no <c>=</c>.</summary>
    public string? Value { get; }

    /// <summary>True for <c>AUTH=mechanism</c>.</summary>
    public bool IsAuth => Value is not null && Name.Equals("AUTH", StringComparison.OrdinalIgnoreCase);

    /// <summary>The SASL mechanism of an <c>AUTH=</c> capability (<c>PLAIN</c>), otherwise null.</summary>
    public string? AuthMechanism => IsAuth ? Value : null;

    /// <summary>Creates <c>AUTH=mechanism</c>.</summary>
    /// <param name="mechanism">A SASL mechanism name, e.g. <c>SCRAM-SHA-256</c>.</param>
    /// <exception cref="ArgumentException">The mechanism is empty or not an atom.</exception>
    public static Capability Auth(string mechanism)
    {
        ArgumentException.ThrowIfNullOrEmpty(mechanism);
        return new Capability("AUTH=" + mechanism);
    }

    /// <summary>Parses a capability from text, returning the shared instance for well-known ones.</summary>
    /// <param name="value">The capability.</param>
    /// <exception cref="ImapParseException">The value is not a capability.</exception>
    public static Capability Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (Capability c in WellKnown)
            if (string.Equals(c.Text, value, StringComparison.OrdinalIgnoreCase)) return c;
        return IsValid(value) ? new Capability(value, true) : throw new ImapParseException(0, $"'{value}' is not a capability");
    }

    /// <summary>Parses a capability received from a peer; well-known ones return shared instances without allocating.</summary>
    /// <param name="bytes">The capability atom.</param>
    /// <exception cref="ImapParseException">The bytes are not an atom; the position is the offset of the bad byte.</exception>
    public static Capability Parse(ReadOnlySpan<byte> bytes)
    {
        foreach (Capability c in WellKnown)
            if (Ascii.EqualsIgnoreCase(bytes, c.Text)) return c;
        if (bytes.IsEmpty) throw new ImapParseException(0, "empty capability");
        for (int i = 0; i < bytes.Length; i++)
        {
            if (!ImapChars.IsAtomChar(bytes[i]))
                throw new ImapParseException(i, $"byte 0x{bytes[i]:X2} not allowed in a capability");
        }
        if (bytes.Length == 5 && Ascii.EqualsIgnoreCase(bytes, "AUTH="u8))
            throw new ImapParseException(5, "SASL mechanism expected after AUTH=");
        return new Capability(Encoding.ASCII.GetString(bytes), true);
    }

    /// <summary>Tries to parse a capability.</summary>
    /// <param name="value">The capability.</param>
    /// <param name="capability">The capability when valid.</param>
    /// <returns>True when <paramref name="value"/> is a capability.</returns>
    public static bool TryParse(string? value, [NotNullWhen(true)] out Capability? capability)
    {
        capability = value is not null && IsValid(value) ? Parse(value) : null;
        return capability is not null;
    }

    /// <inheritdoc/>
    public bool Equals(Capability? other) =>
        other is not null && string.Equals(Text, other.Text, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Capability);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Text);

    /// <summary>The wire form, e.g. <c>AUTH=PLAIN</c>.</summary>
    public override string ToString() => Text;

    /// <summary>Case-insensitive equality.</summary>
    public static bool operator ==(Capability? left, Capability? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Case-insensitive inequality.</summary>
    public static bool operator !=(Capability? left, Capability? right) => !(left == right);
}
