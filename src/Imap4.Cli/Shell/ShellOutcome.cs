namespace Imap4.Cli.Shell;

/// <summary>What one shell entry produced.</summary>
/// <param name="HasValue">Whether the entry ended with an expression whose value should be printed.</param>
/// <param name="Result">The value (when <paramref name="HasValue"/>).</param>
/// <param name="Error">The error text, or null when the entry succeeded.</param>
internal sealed record ShellOutcome(bool HasValue, object? Result, string? Error)
{
    /// <summary>Success without a value (a statement).</summary>
    public static ShellOutcome Nothing { get; } = new(false, null, null);

    /// <summary>Success with a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The outcome.</returns>
    public static ShellOutcome Value(object? value) => new(true, value, null);

    /// <summary>A failure.</summary>
    /// <param name="error">The error text.</param>
    /// <returns>The outcome.</returns>
    public static ShellOutcome Failed(string error) => new(false, null, error);
}
