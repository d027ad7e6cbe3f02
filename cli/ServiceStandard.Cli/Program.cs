using ServiceStandard.Cli;

return await CliApplication.RunAsync(args);
