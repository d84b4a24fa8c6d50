using Imap4.Protocol.Wire;

namespace Imap4.Protocol.Fetch;

/// <summary>
/// One data item of a FETCH response (msg-att in RFC 9051 section 7.5.2): a name and its value. Each attribute has its
/// own subclass; items this library does not know come back as <see cref="UnknownFetchItem"/>.
/// <see cref="object.ToString"/> gives the wire form.
/// </summary>
public abstract record FetchItem
{
    private protected FetchItem()
    {
    }

    /// <summary>The attribute name without section or origin, upper case, e.g. <c>UID</c> or <c>BODY</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Writes the item: its name (with section and origin where it has them), SP and the value.</summary>
    /// <param name="writer">Where to write.</param>
    public abstract void Write(ImapWriter writer);

    /// <summary>The wire form, e.g. <c>UID 42</c>.</summary>
    /// <returns>The text.</returns>
    public sealed override string ToString() => FetchText.Of(Write);
}
