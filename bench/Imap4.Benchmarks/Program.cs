using BenchmarkDotNet.Running;
using Imap4.Benchmarks;

if (args.Contains("--mime-quick"))
{
    MimeQuickRun.Run();
    return;
}
if (args.Contains("--quick"))
{
    QuickRun.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
