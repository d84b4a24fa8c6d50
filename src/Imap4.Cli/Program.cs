using Imap4.Cli;

return await CliApp.RunAsync(args);
