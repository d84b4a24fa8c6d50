using System.Net;
using System.Security.Cryptography;
using System.Text;
using Imap4.Server.Authentication;

namespace Imap4.Server.Tests.Authentication;

public sealed class CredentialTests
{
    [Fact]
    public void Scram_credential_matches_the_RFC_7677_example_keys()
    {
        // RFC 7677 section 3: user "user", password "pencil", salt W22ZaJ0SNY7soEsUEjb6gQ==, 4096 iterations.
        ScramCredential c = ScramCredential.Derive("pencil", Convert.FromBase64String("W22ZaJ0SNY7soEsUEjb6gQ=="), 4096);
        byte[] authMessage = Encoding.ASCII.GetBytes(
            "n=user,r=rOprNGfwEbeRWgbNEkqO,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096,c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0");
        Assert.Equal("6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=", Convert.ToBase64String(HMACSHA256.HashData(c.ServerKey.Span, authMessage)));
        byte[] proof = Convert.FromBase64String("dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=");
        byte[] signature = HMACSHA256.HashData(c.StoredKey.Span, authMessage);
        for (int i = 0; i < proof.Length; i++) proof[i] ^= signature[i];
        Assert.Equal(c.StoredKey.ToArray(), SHA256.HashData(proof));
    }

    [Fact]
    public void Scram_credential_verifies_plaintext_passwords_with_a_per_user_salt()
    {
        ScramCredential a = ScramCredential.Create("secret", 4096);
        ScramCredential b = ScramCredential.Create("secret", 4096);
        Assert.True(a.Verify("secret"));
        Assert.False(a.Verify("Secret"));
        Assert.False(a.Verify(""));
        Assert.NotEqual(a.Salt.ToArray(), b.Salt.ToArray());
        Assert.NotEqual(a.StoredKey.ToArray(), b.StoredKey.ToArray());
    }

    [Fact]
    public async Task Directory_keeps_no_plaintext_unless_CRAM_MD5_is_enabled()
    {
        var users = new InMemoryUserDirectory { Iterations = 4096 };
        users.SetUser("alice", "secret");
        Assert.False(users.SupportsCramMd5);
        Assert.Equal("alice", (await users.VerifyPasswordAsync("alice", "secret", default))?.Name);
        Assert.Null(await users.VerifyPasswordAsync("alice", "nope", default));
        Assert.Null(await users.VerifyPasswordAsync("bob", "secret", default));
        byte[] challenge = "<1.2@host>"u8.ToArray();
#pragma warning disable CA5351 // CRAM-MD5 is HMAC-MD5 by definition
        byte[] digest = HMACMD5.HashData("secret"u8, challenge);
#pragma warning restore CA5351
        Assert.Null(await users.VerifyCramMd5Async("alice", challenge, digest, default));
        users.EnableCramMd5 = true;
        users.SetUser("alice", "secret");
        Assert.Equal("alice", (await users.VerifyCramMd5Async("alice", challenge, digest, default))?.Name);
        Assert.Throws<ArgumentOutOfRangeException>(() => users.Iterations = 1000);
    }

    [Theory]
    [InlineData("I\u00ADX", "IX")]
    [InlineData("user", "user")]
    [InlineData("USER", "USER")]
    [InlineData("\u00AA", "a")]
    [InlineData("\u2168", "IX")]
    [InlineData("a\u00A0b", "a b")]
    public void SaslPrep_maps_and_normalizes_as_RFC_4013_examples(string input, string expected) =>
        Assert.Equal(expected, SaslPrep.Prepare(input));

    [Theory]
    [InlineData("\u0007")]
    [InlineData("a\u0000b")]
    [InlineData("\uE000")]
    public void SaslPrep_refuses_prohibited_characters(string input)
    {
        Assert.False(SaslPrep.TryPrepare(input, out _));
        Assert.Throws<ArgumentException>(() => SaslPrep.Prepare(input));
    }

    [Fact]
    public void Throttle_blocks_an_address_after_the_limit_within_the_window_only()
    {
        var time = new ManualTime();
        var throttle = new LoginThrottle(time, 2, TimeSpan.FromMinutes(1));
        IPAddress a = IPAddress.Parse("192.0.2.1"), b = IPAddress.Parse("192.0.2.2");
        throttle.RecordFailure(a);
        Assert.False(throttle.IsBlocked(a));
        throttle.RecordFailure(a);
        Assert.True(throttle.IsBlocked(a));
        Assert.False(throttle.IsBlocked(b));
        time.Advance(TimeSpan.FromSeconds(61));
        Assert.False(throttle.IsBlocked(a));
    }

    private sealed class ManualTime : TimeProvider
    {
        private long _ticks;

        public void Advance(TimeSpan by) => _ticks += by.Ticks;

        public override long GetTimestamp() => _ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;
    }
}
