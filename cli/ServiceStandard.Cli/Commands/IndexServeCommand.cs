using System.CommandLine;
using ServiceStandard.Index.Server;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>servicestandard index serve --db … --urls http://127.0.0.1:5088</c>: runs the index's server until Ctrl+C or SIGTERM.</summary>
public static class IndexServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5088";

    public static Command Create(GlobalOptions global)
    {
        var labels = global.Labels;
        var database = new IndexDatabase(global);
        var urls = new Option<string>("--urls") { Description = labels.IndexUrlsOptionDescription, DefaultValueFactory = _ => DefaultUrls, HelpName = "url[;url]" };
        var maxUpload = new Option<int>("--max-upload-mb") { Description = labels.IndexMaxUploadOptionDescription, DefaultValueFactory = _ => 16, HelpName = "MB" };
        var rate = new Option<int>("--uploads-per-minute") { Description = labels.IndexRateOptionDescription, DefaultValueFactory = _ => 120, HelpName = "count" };
        var publish = new IndexPublishOptions(global, periodRequired: false);
        var command = new Command("serve", labels.IndexServeCommandDescription) { urls, maxUpload, rate };
        database.AddTo(command);
        publish.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var session = global.CreateSession(parseResult);
            var (l, reporter) = (session.Labels, session.Reporter);
            var addresses = parseResult.GetRequiredValue(urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (addresses.FirstOrDefault(a => !ServicePath.IsHttpUrl(a)) is { } bad)
            {
                reporter.Error(l.IndexBadUrl(Kernel.Text.UntrustedText.OneLine(bad)));
                return ExitCodes.BadInput;
            }

            foreach (var (option, value) in new[] { ("--max-upload-mb", parseResult.GetValue(maxUpload)), ("--uploads-per-minute", parseResult.GetValue(rate)) })
            {
                if (value < 1)
                {
                    reporter.Error(l.IndexBadNumber(option));
                    return ExitCodes.BadInput;
                }
            }

            if (!publish.TryPeriod(session, parseResult, out var period))
            {
                return ExitCodes.BadInput;
            }

            var method = publish.LoadMethod(session, parseResult);
            if (method is null)
            {
                return ExitCodes.BadInput;
            }

            return await database.RunAsync(session, parseResult, create: false, async store =>
            {
                var options = new IndexServerOptions(store, addresses)
                {
                    MaxUploadBytes = parseResult.GetValue(maxUpload) * 1024L * 1024L,
                    UploadsPerWindow = parseResult.GetValue(rate),
                    Method = method,
                    Period = period,
                    CriterionTitles = IndexPublishOptions.ShippedCriterionTitles(),
                };
                await using var app = await IndexServer.BuildAsync(options, cancellationToken);
                try
                {
                    await app.StartAsync(cancellationToken);
                }
                catch (IOException ex)
                {
                    reporter.Error(l.IndexCannotListen(string.Join(';', addresses), ex.Message));
                    return ExitCodes.Unavailable;
                }

                reporter.Success(l.IndexServing(string.Join(' ', app.Urls), store.Kind));
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                }

                await app.StopAsync(CancellationToken.None);
                return ExitCodes.Success;
            }, cancellationToken);
        });
        return command;
    }
}
