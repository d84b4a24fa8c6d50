using System.Reflection;
using Imap4.Client;
using Imap4.Mime;
using Imap4.Protocol.Primitives;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.CSharp.Scripting;

namespace Imap4.Cli.Shell;

/// <summary>Runs shell entries as one continuing C# script (Roslyn scripting), keeping variables between entries.</summary>
internal sealed class ShellEvaluator
{
    /// <summary>The namespaces every entry can use without a <c>using</c>.</summary>
    public static readonly IReadOnlyList<string> Imports =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Threading", "System.Threading.Tasks",
        "Imap4.Client", "Imap4.Client.Sasl", "Imap4.Protocol", "Imap4.Protocol.Primitives", "Imap4.Protocol.Fetch",
        "Imap4.Protocol.Search", "Imap4.Protocol.Responses", "Imap4.Mime", "Imap4.Mime.Messages",
    ];

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    private readonly ShellGlobals _globals;
    private readonly ScriptOptions _options;
    private ScriptState<object>? _state;

    /// <summary>Creates an evaluator over the given globals.</summary>
    /// <param name="globals">The globals (the client <c>c</c>).</param>
    public ShellEvaluator(ShellGlobals globals)
    {
        _globals = globals;
        Assembly[] references = [typeof(object).Assembly, typeof(Enumerable).Assembly, typeof(ImapClient).Assembly, typeof(Flag).Assembly, typeof(MimePart).Assembly, typeof(ShellGlobals).Assembly];
        _options = ScriptOptions.Default.WithReferences(references).WithImports(Imports).WithLanguageVersion(LanguageVersion.Latest);
    }

    /// <summary>Whether <paramref name="code"/> is a whole submission (not an open block, statement or string).</summary>
    /// <param name="code">The text typed so far.</param>
    /// <returns>True when it can run.</returns>
    public static bool IsComplete(string code) => SyntaxFactory.IsCompleteSubmission(SyntaxFactory.ParseSyntaxTree(code, ParseOptions));

    /// <summary>Runs one entry.</summary>
    /// <param name="code">The entry.</param>
    /// <param name="cancellationToken">Cancels the entry.</param>
    /// <returns>The outcome: a value to print (when the entry ends with an expression), or an error.</returns>
    public async Task<ShellOutcome> EvaluateAsync(string code, CancellationToken cancellationToken)
    {
        ScriptState<object> state;
        _globals.ct = cancellationToken;
        try
        {
            state = _state is null
                ? await CSharpScript.RunAsync(code, _options, _globals, typeof(ShellGlobals), cancellationToken).ConfigureAwait(false)
                : await _state.ContinueWithAsync(code, _options, static _ => true, cancellationToken).ConfigureAwait(false);
        }
        catch (CompilationErrorException e)
        {
            return ShellOutcome.Failed(string.Join(Environment.NewLine, e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ShellOutcome.Failed(OneLine(e));
        }
        // An entry abandoned with Ctrl+C that finishes later must not replace the state of the entries after it.
        if (cancellationToken.IsCancellationRequested) return ShellOutcome.Failed("Cancelled.");
        _state = state;
        if (state.Exception is { } thrown) return ShellOutcome.Failed(OneLine(thrown));
        if (!EndsWithExpression(code)) return ShellOutcome.Nothing;
        try
        {
            return await ShellValues.SettleAsync(state.ReturnValue, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ShellOutcome.Failed(OneLine(e));
        }
    }

    /// <summary>An exception as one line: its type and message (the inner one for wrappers).</summary>
    /// <param name="e">The exception.</param>
    /// <returns>The line.</returns>
    public static string OneLine(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        while (e is TargetInvocationException or AggregateException && e.InnerException is { } inner) e = inner;
        return $"{e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}";
    }

    // A script's value is its last statement when that is an expression without a semicolon, as in C# Interactive.
    private static bool EndsWithExpression(string code) =>
        SyntaxFactory.ParseSyntaxTree(code, ParseOptions).GetRoot() is CompilationUnitSyntax { Members: [.., GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } }] };
}
