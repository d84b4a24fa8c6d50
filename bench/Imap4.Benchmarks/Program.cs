using BenchmarkDotNet.Running;
using Imap4.Benchmarks;

if (args.Contains("--quick"))
{
    QuickRun.Run();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
