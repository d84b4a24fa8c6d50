using BenchmarkDotNet.Running;
using Imap4.Benchmarks;

if (args.Length == 3 && args[0] == "--write-fixture")
{
    // The exact fixture bytes for peers (bench/peers/*) to parse: one file per variant.
    int count = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
    Directory.CreateDirectory(args[1]);
    foreach (string variant in FetchFixture.Variants)
        File.WriteAllBytes(Path.Combine(args[1], $"fetch-{variant}.txt"), FetchFixture.Stream(variant, count));
    return;
}
if (args.Contains("--mime-quick"))
{
    MimeQuickRun.Run();
    return;
}
if (args.Length >= 1 && args[0] == "--client-quick")
{
    await ClientFetchRun.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : ClientFetchRun.Count);
    return;
}
if (args.Length >= 1 && args[0] == "--dovecot")
{
    int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], System.Globalization.CultureInfo.InvariantCulture) : fallback;
    await DovecotRun.RunAsync(Arg(1, 20_000), Arg(2, 2_000), Arg(3, 3));
    return;
}
if (args.Length == 2 && args[0] == "--store-throughput")
{
    await Imap4.Benchmarks.Store.StoreThroughputRun.RunAsync(args[1]);
    return;
}
if (args.Length == 3 && args[0] == "--store-profile")
{
    await Imap4.Benchmarks.Store.StoreProfileRun.RunAsync(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    return;
}
if (args.Length >= 1 && args[0] == "--quick")
{
    QuickRun.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : FetchParseBenchmark.Count);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
