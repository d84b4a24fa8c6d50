using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>
/// <c>* NAMESPACE personal other-users shared</c> (RFC 2342, RFC 9051): each is a list of namespaces, or null for NIL.
/// </summary>
public sealed record NamespaceResponse : UntaggedResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="personal">The personal namespaces, or null (NIL).</param>
    /// <param name="otherUsers">Other users' namespaces, or null.</param>
    /// <param name="shared">Shared namespaces, or null.</param>
    public NamespaceResponse(
        IEnumerable<NamespaceDescriptor>? personal,
        IEnumerable<NamespaceDescriptor>? otherUsers,
        IEnumerable<NamespaceDescriptor>? shared)
    {
        Personal = OrNull(personal, nameof(personal));
        OtherUsers = OrNull(otherUsers, nameof(otherUsers));
        Shared = OrNull(shared, nameof(shared));
    }

    /// <summary>The personal namespaces, or null.</summary>
    public IReadOnlyList<NamespaceDescriptor>? Personal { get; }

    /// <summary>Other users' namespaces, or null.</summary>
    public IReadOnlyList<NamespaceDescriptor>? OtherUsers { get; }

    /// <summary>Shared namespaces, or null.</summary>
    public IReadOnlyList<NamespaceDescriptor>? Shared { get; }

    /// <inheritdoc />
    public override string Keyword => "NAMESPACE";

    /// <summary>An empty list is written as NIL (the grammar requires at least one namespace in a list).</summary>
    private static ValueList<NamespaceDescriptor>? OrNull(IEnumerable<NamespaceDescriptor>? list, string name)
    {
        if (list is null) return null;
        ValueList<NamespaceDescriptor> v = ValueList<NamespaceDescriptor>.Of(list, name);
        return v.Count == 0 ? null : v;
    }

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("NAMESPACE"u8);
        WriteList(writer, Personal);
        WriteList(writer, OtherUsers);
        WriteList(writer, Shared);
    }

    private static void WriteList(ImapWriter writer, IReadOnlyList<NamespaceDescriptor>? list)
    {
        writer.WriteSpace();
        if (list is null)
        {
            writer.WriteNil();
            return;
        }
        writer.WriteByte((byte)'(');
        foreach (NamespaceDescriptor d in list) d.Write(writer);
        writer.WriteByte((byte)')');
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    /// <summary>Three lists; extra SPs between them and between descriptors are tolerated (seen in RFC 2342's examples).</summary>
    internal static NamespaceResponse Parse(ref ImapReader reader, uint number)
    {
        List<NamespaceDescriptor>? personal = ReadList(ref reader);
        List<NamespaceDescriptor>? other = ReadList(ref reader);
        List<NamespaceDescriptor>? shared = ReadList(ref reader);
        return new NamespaceResponse(personal, other, shared);
    }

    private static List<NamespaceDescriptor>? ReadList(ref ImapReader reader)
    {
        reader.ReadSpace();
        while (reader.TryReadSpace())
        {
        }
        if (reader.TryReadNil()) return null;
        var list = new List<NamespaceDescriptor>();
        reader.EnterList();
        do
        {
            list.Add(NamespaceDescriptor.Read(ref reader));
            reader.TryReadSpace();
        }
        while (!reader.TryExitList());
        return list;
    }
}
