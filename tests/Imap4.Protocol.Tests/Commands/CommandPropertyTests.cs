using FsCheck;
using FsCheck.Fluent;
using Imap4.Protocol.Commands;
using Imap4.Protocol.Primitives;
using Imap4.Protocol.Wire;
using static Imap4.Protocol.Tests.Commands.CommandKit;

namespace Imap4.Protocol.Tests.Commands;

public class CommandPropertyTests
{
    private static bool IsValidText(string? s) => s is not null && !s.Contains('\0') && IsWellFormed(s);

    private static bool IsWellFormed(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return false;
        }
        return true;
    }

    private static readonly ImapWriterOptions[] Options =
    [
        ImapWriterOptions.Client,
        ImapWriterOptions.Client with { Utf8 = true, LiteralMode = LiteralMode.LiteralMinus },
    ];

    [Fact]
    public void Login_round_trips_any_credentials() =>
        Prop.ForAll<string, string, bool>((user, password, utf8) =>
        {
            if (!IsValidText(user) || !IsValidText(password)) return true;
            RoundTrip(new LoginCommand(user, password), Options[utf8 ? 1 : 0]);
            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Select_and_rename_round_trip_any_mailbox_name() =>
        Prop.ForAll<string, string, bool>((a, b, utf8) =>
        {
            if (!IsValidText(a) || !IsValidText(b)) return true;
            RoundTrip(new SelectCommand(new MailboxName(a)) { CondStore = utf8 }, Options[utf8 ? 1 : 0]);
            RoundTrip(new RenameCommand(new MailboxName(a), new MailboxName(b)), Options[utf8 ? 0 : 1]);
            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void List_round_trips_any_patterns() =>
        Prop.ForAll<string, string[], bool>((reference, patterns, utf8) =>
        {
            if (!IsValidText(reference) || patterns is null || patterns.Length == 0 || !Array.TrueForAll(patterns, IsValidText)) return true;
            RoundTrip(new ListCommand(new MailboxName(reference), patterns), Options[utf8 ? 1 : 0]);
            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Append_and_authenticate_round_trip_any_bytes() =>
        Prop.ForAll<byte[], bool>((bytes, binary) =>
        {
            if (bytes is null) return true;
            bool nul = Array.IndexOf(bytes, (byte)0) >= 0;
            RoundTrip(new AppendCommand(MailboxName.Inbox, new AppendMessage(bytes, binary || nul)));
            RoundTrip(new AuthenticateCommand("PLAIN", bytes));
            return true;
        }).QuickCheckThrowOnFailure();
}
