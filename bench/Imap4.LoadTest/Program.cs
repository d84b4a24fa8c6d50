using Imap4.LoadTest;

// Modes: load (issue 5, mixed workload), idle (issue 5, memory per IDLE connection), store (issue 6, APPEND and SEARCH),
// serve (internal: our server in a child process). See bench/README.md.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Imap4.LoadTest load|idle|store [--name value ...]   (see bench/README.md)");
    return 2;
}
Report.Start();
switch (args[0])
{
    case "serve":
        await ServeMode.RunAsync(args[1], args[2], int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    case "load":
        await LoadRun.RunAsync(new Arguments(args[1..]));
        return 0;
    case "idle":
        await IdleRun.RunAsync(new Arguments(args[1..]));
        return 0;
    case "store":
        await StoreRun.RunAsync(new Arguments(args[1..]));
        return 0;
    default:
        Console.Error.WriteLine($"unknown mode {args[0]}");
        return 2;
}
