using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Responses;

/// <summary>One namespace: <c>(prefix delimiter [extensions])</c>, e.g. <c>("#shared/" "/")</c>.</summary>
public sealed record NamespaceDescriptor
{
    private readonly IReadOnlyList<NamespaceExtension> _extensions = ValueList<NamespaceExtension>.Empty;

    /// <summary>Creates a namespace.</summary>
    /// <param name="prefix">The prefix of the mailbox names in the namespace (decoded like a mailbox name; may be empty).</param>
    /// <param name="delimiter">The hierarchy delimiter, or null (NIL).</param>
    public NamespaceDescriptor(MailboxName prefix, char? delimiter)
    {
        Prefix = prefix ?? throw new ArgumentNullException(nameof(prefix));
        Delimiter = ResponseSyntax.CheckDelimiter(delimiter, nameof(delimiter));
    }

    /// <summary>The prefix, e.g. <c>#shared/</c> or empty.</summary>
    public MailboxName Prefix { get; }

    /// <summary>The hierarchy delimiter, or null.</summary>
    public char? Delimiter { get; }

    /// <summary>Namespace response extensions.</summary>
    public IReadOnlyList<NamespaceExtension> Extensions
    {
        get => _extensions;
        init => _extensions = ValueList<NamespaceExtension>.Of(value, nameof(Extensions));
    }

    internal void Write(ImapWriter writer)
    {
        writer.WriteByte((byte)'(');
        writer.WriteString(Prefix.ToWire(writer.Options.Utf8));
        writer.WriteSpace();
        ResponseSyntax.WriteDelimiter(writer, Delimiter);
        foreach (NamespaceExtension ext in Extensions)
        {
            writer.WriteSpace();
            writer.WriteString(ext.Name);
            writer.WriteRaw(" ("u8);
            for (int i = 0; i < ext.Values.Count; i++)
            {
                if (i > 0) writer.WriteSpace();
                writer.WriteString(ext.Values[i]);
            }
            writer.WriteByte((byte)')');
        }
        writer.WriteByte((byte)')');
    }

    /// <summary>"(" string SP delimiter *(SP string SP "(" string *(SP string) ")") ")".</summary>
    internal static NamespaceDescriptor Read(ref ImapReader reader)
    {
        reader.EnterList();
        long start = reader.Position;
        string raw = reader.ReadString();
        MailboxName prefix;
        try
        {
            prefix = MailboxName.FromWire(raw, reader.Utf8Mailboxes);
        }
        catch (ImapParseException e)
        {
            throw new ImapParseException(start, e.Reason);
        }
        reader.ReadSpace();
        char? delimiter = ResponseSyntax.ReadDelimiter(ref reader);
        var extensions = new List<NamespaceExtension>();
        while (reader.TryReadSpace())
        {
            string name = reader.ReadString();
            reader.ReadSpace();
            var values = new List<string>();
            reader.EnterList();
            do
            {
                values.Add(reader.ReadString());
            }
            while (reader.TryReadSpace());
            reader.ExitList();
            extensions.Add(new NamespaceExtension(name, values));
        }
        reader.ExitList();
        return new NamespaceDescriptor(prefix, delimiter) { Extensions = extensions };
    }
}
