using Imap4.Cli.Shell;
using Imap4.Protocol.Primitives;

namespace Imap4.Cli.Tests.Shell;

public sealed class ShellRendererTests
{
    private sealed record Sample(string Name, int? Missing, IReadOnlyList<int> Numbers, Nested Inner);

    private sealed record Nested(bool On);

    private sealed class Plain
    {
        public string Text { get; } = "x\ty";
    }

    [Fact]
    public void Scalars_AreCSharpLiterals()
    {
        Assert.Equal("null", ShellRenderer.Render(null));
        Assert.Equal("\"a\\\"b\\n\"", ShellRenderer.Render("a\"b\n"));
        Assert.Equal("'x'", ShellRenderer.Render('x'));
        Assert.Equal("true", ShellRenderer.Render(true));
        Assert.Equal("1.5", ShellRenderer.Render(1.5));
        Assert.Equal("Friday", ShellRenderer.Render(DayOfWeek.Friday));
    }

    [Fact]
    public void Records_ShowTheirProperties_WithoutNulls_AndCollectionsAsLists() =>
        Assert.Equal("Sample { Name = \"n\", Numbers = [1, 2], Inner = Nested { On = true } }",
            ShellRenderer.Render(new Sample("n", null, [1, 2], new Nested(true))));

    [Fact]
    public void PlainObjects_ShowTheirProperties_AndOwnToStringWins()
    {
        Assert.Equal("Plain { Text = \"x\\ty\" }", ShellRenderer.Render(new Plain()));
        Assert.Equal("{ A = 1, B = \"x\" }", ShellRenderer.Render(new { A = 1, B = "x" }));
        Assert.Equal("[\\Seen, \\Flagged]", ShellRenderer.Render(new[] { Flag.Seen, Flag.Flagged }));
    }

    [Fact]
    public void Dictionaries_AndBytes()
    {
        Assert.Equal("{ \"a\": 1, \"b\": 2 }", ShellRenderer.Render(new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 }));
        Assert.Equal("bytes[3] \"abc\"", ShellRenderer.Render("abc"u8.ToArray()));
        Assert.Equal("bytes[2] \"hi\"", ShellRenderer.Render(new ReadOnlyMemory<byte>("hi"u8.ToArray())));
    }

    [Fact]
    public void LongCollections_GoOneItemPerLine_AndAreCapped()
    {
        string rendered = ShellRenderer.Render(Enumerable.Range(0, ShellRenderer.MaxItems + 5).Select(i => $"item number {i}").ToList());
        string[] lines = rendered.Split('\n');
        Assert.Equal("[", lines[0]);
        Assert.Equal("  \"item number 0\",", lines[1]);
        Assert.Equal(ShellRenderer.MaxItems + 3, lines.Length);
        Assert.Equal("  … (5 more)", lines[^2]);
        Assert.Equal("]", lines[^1]);
        Assert.Equal("[1, 2, 3]", ShellRenderer.Render(new[] { 1, 2, 3 }));
    }
}
