using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary><c>* QUOTA root (resource usage limit ...)</c> (RFC 9208): the usage and limits of a quota root.</summary>
public sealed record QuotaResponse : UntaggedResponse
{
    /// <summary>Creates the response.</summary>
    /// <param name="root">The quota root's name (may be empty).</param>
    /// <param name="resources">The resources.</param>
    public QuotaResponse(string root, IEnumerable<QuotaResource> resources)
    {
        ArgumentNullException.ThrowIfNull(root);
        Root = root;
        Resources = ValueList<QuotaResource>.Of(resources, nameof(resources));
        foreach (QuotaResource r in Resources)
        {
            if (r.Name is null || !ImapChars.IsAtom(r.Name)) throw new ArgumentException($"'{r.Name}' is not a resource name", nameof(resources));
            if (r.Usage > long.MaxValue || r.Limit > long.MaxValue) throw new ArgumentOutOfRangeException(nameof(resources), "quota values are number64");
        }
    }

    /// <summary>The quota root.</summary>
    public string Root { get; }

    /// <summary>The resources.</summary>
    public IReadOnlyList<QuotaResource> Resources { get; }

    /// <inheritdoc />
    public override string Keyword => "QUOTA";

    /// <inheritdoc />
    protected override void WriteData(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRaw("QUOTA "u8);
        writer.WriteString(Root);
        writer.WriteRaw(" ("u8);
        for (int i = 0; i < Resources.Count; i++)
        {
            if (i > 0) writer.WriteSpace();
            writer.WriteRaw(Resources[i].Name.ToUpperInvariant());
            writer.WriteSpace();
            writer.WriteNumber(Resources[i].Usage);
            writer.WriteSpace();
            writer.WriteNumber(Resources[i].Limit);
        }
        writer.WriteByte((byte)')');
    }

    /// <inheritdoc />
    public override string ToString() => ResponseSyntax.Format(this);

    /// <summary>SP astring SP "(" [resource *(SP resource)] ")"; an empty list is tolerated.</summary>
    internal static QuotaResponse Parse(ref ImapReader reader, uint number)
    {
        reader.ReadSpace();
        string root = reader.ReadAString();
        reader.ReadSpace();
        var resources = new List<QuotaResource>();
        reader.EnterList();
        if (!reader.TryExitList())
        {
            do
            {
                string name = reader.ReadAtom().ToUpperInvariant();
                reader.ReadSpace();
                ulong usage = reader.ReadNumber64();
                reader.ReadSpace();
                resources.Add(new QuotaResource(name, usage, reader.ReadNumber64()));
            }
            while (reader.TryReadSpace());
            reader.ExitList();
        }
        return new QuotaResponse(root, resources);
    }
}
