using System.Text;
using Imap4.Client.Sasl;

namespace Imap4.Client.Tests.Sasl;

public class RedactionTests
{
    private const string Secret = "S3cr3t-P4ss";

    public static TheoryData<string> MechanismNames() =>
        ["PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256", "XOAUTH2", "OAUTHBEARER"];

    private static SaslMechanism Create(string name)
    {
        SaslCredentials credentials = name.Contains("OAUTH", StringComparison.Ordinal)
            ? SaslCredentials.FromAccessToken("user", Secret)
            : SaslCredentials.FromPassword("user", Secret);
        return SaslMechanismFactory.Create(name, credentials);
    }

    [Theory]
    [MemberData(nameof(MechanismNames))]
    public void ToString_Never_Shows_The_Secret(string name)
    {
        SaslMechanism mechanism = Create(name);
        Assert.Equal("SASL " + name, mechanism.ToString());
        Assert.DoesNotContain(Secret, mechanism.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_ToString_Never_Shows_The_Secret()
    {
        Assert.DoesNotContain(Secret, SaslCredentials.FromPassword("user", Secret).ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, SaslCredentials.FromAccessToken("user", Secret).ToString(), StringComparison.Ordinal);
        Assert.Contains("user", SaslCredentials.FromPassword("user", Secret).ToString(), StringComparison.Ordinal);
    }

    // Drives each mechanism with plausible challenges and checks the log form of every client message.
    [Theory]
    [MemberData(nameof(MechanismNames))]
    public async Task Log_Output_Never_Shows_The_Secret(string name)
    {
        SaslMechanism mechanism = Create(name);
        var messages = new List<byte[]>();
        byte[]? initial = await mechanism.GetInitialResponseAsync(CancellationToken.None);
        if (initial is not null)
        {
            messages.Add(initial);
        }

        foreach (string challenge in Challenges(name, initial))
        {
            messages.Add(await mechanism.RespondAsync(Encoding.UTF8.GetBytes(challenge), CancellationToken.None));
        }

        Assert.NotEmpty(messages);
        string secretBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(Secret));
        for (int i = 0; i < messages.Count; i++)
        {
            string logged = SaslMechanism.FormatForLog(mechanism, i, messages[i]);
            Assert.DoesNotContain(Secret, logged, StringComparison.Ordinal);
            Assert.DoesNotContain(secretBase64[..8], logged, StringComparison.Ordinal);
            if (!mechanism.IsSecret(i))
            {
                Assert.DoesNotContain(Secret, Encoding.UTF8.GetString(messages[i]), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Non_Secret_Messages_Are_Logged_As_Base64()
    {
        var login = new LoginMechanism("tim", Secret);
        Assert.Equal(Convert.ToBase64String("tim"u8), SaslMechanism.FormatForLog(login, 0, "tim"u8));
        Assert.Equal("=", SaslMechanism.FormatForLog(login, 0, []));
        Assert.Equal("<redacted LOGIN message>", SaslMechanism.FormatForLog(login, 1, Encoding.UTF8.GetBytes(Secret)));
    }

    private static IEnumerable<string> Challenges(string name, byte[]? initial) => name switch
    {
        "LOGIN" => ["Username:", "Password:"],
        "CRAM-MD5" => ["<1.2@host>"],
        "SCRAM-SHA-1" or "SCRAM-SHA-256" => [ScramServerFirst(initial!)],
        _ => [],
    };

    private static string ScramServerFirst(byte[] clientFirst)
    {
        string text = Encoding.UTF8.GetString(clientFirst);
        string nonce = text[(text.IndexOf("r=", StringComparison.Ordinal) + 2)..];
        return "r=" + nonce + "srv,s=QSXCR+Q6sek8bf92,i=16";
    }
}
