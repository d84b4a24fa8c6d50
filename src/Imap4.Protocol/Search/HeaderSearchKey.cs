using System.Text;
using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Search;

/// <summary>
/// <c>HEADER field-name string</c>: the header field contains the string (an empty string matches presence). The name
/// is written as an atom when it can be, the value always quoted (or as a literal).
/// </summary>
/// <param name="FieldName">The header field's name, e.g. <c>Message-ID</c>.</param>
/// <param name="Value">The string to look for.</param>
public sealed record HeaderSearchKey(string FieldName, string Value) : SearchKey
{
    /// <summary>The header field's name.</summary>
    public string FieldName { get; } = SearchArguments.CheckText(FieldName, nameof(FieldName));

    /// <summary>The string to look for.</summary>
    public string Value { get; } = SearchArguments.CheckText(Value, nameof(Value));

    /// <inheritdoc />
    public override bool RequiresCharset => !Ascii.IsValid(FieldName) || !Ascii.IsValid(Value);

    /// <inheritdoc />
    public override void Write(ImapWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        WriteName(writer, "HEADER");
        writer.WriteAString(FieldName);
        writer.WriteSpace();
        writer.WriteString(Value);
    }
}
