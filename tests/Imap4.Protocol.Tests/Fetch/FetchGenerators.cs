using FsCheck;
using FsCheck.Fluent;
using Imap4.Protocol.Fetch;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Responses;

namespace Imap4.Protocol.Tests.Fetch;

/// <summary>Random FETCH responses that a server could write (no NUL outside literal8, valid UTF-8).</summary>
internal static class FetchGenerators
{
    private static readonly string[] Strings =
        ["", "a", "NIL", "Terry Gray", "quote \" and \\ backslash", "line\r\nbreak", "café €", "=?utf-8?q?x_y?=", "<id@x>",
         new string('x', 1500), "(paren)", "{5}", "utf-8", "TEXT"];

    private static Gen<string> Str => Gen.Elements(Strings);

    private static Gen<string?> NStr => Gen.Frequency((1, Gen.Constant<string?>(null)), (4, Str.Select(s => (string?)s)));

    private static Gen<T[]> NonEmpty<T>(Gen<T> g, int max) =>
        from n in Gen.Choose(1, max) from items in Gen.ArrayOf(g, n) select items;

    private static Gen<T?> OrNull<T>(Gen<T> g) where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, g.Select(x => (T?)x)));

    private static Gen<IReadOnlyList<BodyParameter>?> Params =>
        OrNull(NonEmpty(from n in Str from v in NStr select new BodyParameter(n, v), 3).Select(a => (IReadOnlyList<BodyParameter>)a));

    private static Gen<Address> Address =>
        from n in NStr from a in NStr from m in NStr from h in NStr select new Address(n, a, m, h);

    private static Gen<IReadOnlyList<Address>?> Addresses =>
        Gen.Frequency(
            (1, Gen.Constant<IReadOnlyList<Address>?>(null)),
            (1, Gen.Constant<IReadOnlyList<Address>?>(Array.Empty<Address>())),
            (3, NonEmpty(Address, 3).Select(a => (IReadOnlyList<Address>?)a)));

    public static Gen<Envelope> Envelope =>
        from d in NStr from s in NStr from f in Addresses from se in Addresses from r in Addresses from t in Addresses
        from c in Addresses from b in Addresses from i in NStr from m in NStr
        select new Envelope(d, s, f, se, r, t, c, b, i, m);

    private static Gen<BodyExtension> Extension(int depth) =>
        depth <= 0
            ? Gen.OneOf(Gen.Constant(BodyExtension.Nil), Str.Select(s => new BodyExtension(s)), Gen.Choose(0, int.MaxValue).Select(n => new BodyExtension((ulong)n)))
            : Gen.OneOf(Extension(0), NonEmpty(Extension(depth - 1), 3).Select(a => new BodyExtension(a)));

    private sealed record Ext(int Count, BodyDisposition? Disposition, IReadOnlyList<string>? Language, bool LanguageIsList,
        string? Location, IReadOnlyList<BodyExtension> Extensions);

    private static Gen<Ext> Extensions =>
        from count in Gen.Choose(0, 4)
        from disp in OrNull(from t in Str from p in Params select new BodyDisposition(t, p))
        from lang in OrNull(NonEmpty(Str, 3).Select(a => (IReadOnlyList<string>)a))
        from isList in Gen.Elements(true, false)
        from loc in NStr
        from exts in Gen.Frequency((2, Gen.Constant(Array.Empty<BodyExtension>())), (1, NonEmpty(Extension(2), 2)))
        select new Ext(count, count >= 2 ? disp : null, count >= 3 ? lang : null, count >= 3 && isList, count >= 4 ? loc : null,
            count >= 4 ? exts : []);

    public static Gen<BodyStructure> Body(int depth)
    {
        Gen<BodyStructure> text =
            from sub in Gen.Elements("PLAIN", "html") from p in Params from id in NStr from desc in NStr from enc in NStr
            from size in Gen.Choose(0, int.MaxValue) from lines in Gen.Elements<ulong?>(null, 0, 7, 1UL << 40)
            from md5 in NStr from e in Extensions
            select Apply(new TextBody(sub, p, id, desc, enc, (uint)size, lines, "TEXT") { Md5 = e.Count >= 1 ? md5 : null }, e);
        Gen<BodyStructure> basic =
            from type in Gen.Elements("APPLICATION", "image") from sub in Gen.Elements("PDF", "png") from p in Params
            from enc in NStr from size in Gen.Choose(0, 100) from md5 in NStr from e in Extensions
            select Apply(new SinglePartBody(type, sub, p, null, null, enc, (uint)size) { Md5 = e.Count >= 1 ? md5 : null }, e);
        if (depth <= 0) return Gen.OneOf(text, basic);
        Gen<BodyStructure> message =
            from env in Envelope from inner in Body(depth - 1) from lines in Gen.Choose(0, 99) from e in Extensions
            select Apply(new MessageBody("RFC822", null, null, null, "7BIT", 10, env, inner, (ulong)lines), e);
        Gen<BodyStructure> multi =
            from n in Gen.Choose(0, 3) from parts in Gen.ArrayOf(Body(depth - 1), n) from sub in Gen.Elements("MIXED", "alternative")
            from p in Params from e in Extensions
            select Apply(new MultipartBody(parts, sub) { Parameters = e.Count >= 1 ? p : null }, e);
        return Gen.OneOf(text, basic, message, multi);
    }

    private static BodyStructure Apply(BodyStructure body, Ext e) => body switch
    {
        TextBody t => new TextBody(t.MediaSubtype, t.Parameters, t.Id, t.Description, t.Encoding, t.Size, t.Lines, t.MediaType)
        { Md5 = t.Md5, Disposition = e.Disposition, Language = e.Language, LanguageIsList = e.LanguageIsList, Location = e.Location, Extensions = e.Extensions, ExtensionFieldCount = e.Count },
        MessageBody m => new MessageBody(m.MediaSubtype, m.Parameters, m.Id, m.Description, m.Encoding, m.Size, m.Envelope, m.Body, m.Lines, m.MediaType)
        { Disposition = e.Disposition, Language = e.Language, LanguageIsList = e.LanguageIsList, Location = e.Location, Extensions = e.Extensions, ExtensionFieldCount = e.Count },
        SinglePartBody s => new SinglePartBody(s.MediaType, s.MediaSubtype, s.Parameters, s.Id, s.Description, s.Encoding, s.Size)
        { Md5 = s.Md5, Disposition = e.Disposition, Language = e.Language, LanguageIsList = e.LanguageIsList, Location = e.Location, Extensions = e.Extensions, ExtensionFieldCount = e.Count },
        MultipartBody mp => new MultipartBody(mp.Parts, mp.MediaSubtype)
        { Parameters = mp.Parameters, Disposition = e.Disposition, Language = e.Language, LanguageIsList = e.LanguageIsList, Location = e.Location, Extensions = e.Extensions, ExtensionFieldCount = e.Count },
        _ => body,
    };

    private static Gen<DateTimeOffset> Date =>
        from seconds in Gen.Choose(0, int.MaxValue) from offset in Gen.Choose(-14 * 60, 14 * 60)
        select new DateTimeOffset(new DateTime(1990, 1, 1).AddSeconds(seconds), TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offset));

    private static Gen<ReadOnlyMemory<byte>?> Content(bool allowNul) =>
        Gen.Frequency(
            (1, Gen.Constant<ReadOnlyMemory<byte>?>(null)),
            (4, from n in Gen.Choose(0, 40) from bytes in Gen.ArrayOf(Gen.Choose(allowNul ? 0 : 1, 255).Select(b => (byte)b), n)
                select (ReadOnlyMemory<byte>?)bytes));

    private static Gen<uint[]> Part => from n in Gen.Choose(0, 3) from p in Gen.ArrayOf(Gen.Choose(1, 20).Select(x => (uint)x), n) select p;

    private static Gen<uint?> Origin => Gen.Elements<uint?>(null, 0, 100);

    private static Gen<string> ObjectId => Gen.Elements("M6d99ac3275bb4e", "T1", "a_b-c");

    private static readonly BodySection[] Sections =
        [BodySection.All, BodySection.Header, BodySection.Text, BodySection.ForPart(1, 2), BodySection.HeaderFields("From", "To"),
         new BodySection([3], SectionKind.Mime)];

    public static Gen<FetchItem> Item =>
        Gen.OneOf(
            Gen.Choose(1, int.MaxValue).Select(u => (FetchItem)new UidItem((uint)u)),
            Gen.ArrayOf(Gen.Elements(Flag.Seen, Flag.Deleted, Flag.Recent, new Flag("$Label1"), new Flag("\\Custom"))).Select(f => (FetchItem)new FlagsItem(f)),
            Date.Select(d => (FetchItem)new InternalDateItem(d)),
            Gen.Choose(0, int.MaxValue).Select(n => (FetchItem)new Rfc822SizeItem((ulong)n * 1000)),
            Envelope.Select(e => (FetchItem)new EnvelopeItem(e)),
            from b in Body(2) from ext in Gen.Elements(true, false) select (FetchItem)new BodyStructureItem(b, ext),
            from s in Gen.Elements(Sections) from o in Origin from c in Content(false) select (FetchItem)new BodySectionItem(s, o, c),
            from p in Part from o in Origin from c in Content(true) from l8 in Gen.Elements(true, false)
            select (FetchItem)new BinaryItem(p, o, c) { IsLiteral8 = c is { } v && (l8 || v.Span.Contains((byte)0)) },
            from p in Part from n in Gen.Choose(0, int.MaxValue) select (FetchItem)new BinarySizeItem(p, (uint)n),
            from k in Gen.Elements(Rfc822Part.Message, Rfc822Part.Header, Rfc822Part.Text) from c in Content(false) select (FetchItem)new Rfc822Item(k, c),
            Gen.Choose(1, int.MaxValue).Select(n => (FetchItem)new ModSeqItem((ulong)n << 20)),
            ObjectId.Select(id => (FetchItem)new EmailIdItem(id)),
            OrNull(ObjectId).Select(id => (FetchItem)new ThreadIdItem(id)),
            Gen.OneOf(Gen.Constant<DateTimeOffset?>(null), Date.Select(d => (DateTimeOffset?)d)).Select(d => (FetchItem)new SaveDateItem(d)),
            NStr.Select(p => (FetchItem)new PreviewItem(p)),
            Gen.Choose(0, int.MaxValue).Select(n => (FetchItem)new GmailMessageIdItem((ulong)n << 30)),
            Gen.Choose(0, int.MaxValue).Select(n => (FetchItem)new GmailThreadIdItem((ulong)n)),
            Gen.ArrayOf(Gen.Elements("\\Inbox", "\\Important", "Work", "Muy Importante", "NIL", "", "caf\u00e9")).Select(l => (FetchItem)new GmailLabelsItem(l)),
            from name in Gen.Elements("X-FOO", "ANNOTATION", "X-BAR[1.2]<3>")
            from value in Gen.Elements("atom", "\\Flag", "\"quoted\"", "(a (b \"c)\") {2}\r\n())")
            select (FetchItem)new UnknownFetchItem(name, System.Text.Encoding.UTF8.GetBytes(value)));

    public static Gen<FetchResponse> Response =>
        from n in Gen.Choose(1, int.MaxValue)
        from items in Gen.ArrayOf(Item)
        select new FetchResponse((uint)n, items);
}
