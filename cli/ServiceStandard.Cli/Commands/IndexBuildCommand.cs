using System.CommandLine;
using ServiceStandard.Index.Publishing;
using ServiceStandard.Index.Server.Site;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>servicestandard index build --db index.db --period 2026 --out site/</c>: the public site of one
/// period as files (pages in en and es, the open data, the design system's assets), the same bytes
/// <c>index serve</c> answers with, to publish on any static host.
/// </summary>
public static class IndexBuildCommand
{
    public static Command Create(GlobalOptions global)
    {
        var labels = global.Labels;
        var database = new IndexDatabase(global);
        var publish = new IndexPublishOptions(global, periodRequired: true);
        var output = new Option<string>("--out", "-o") { Description = labels.IndexOutOptionDescription, HelpName = "folder", Required = true };
        var command = new Command("build", labels.IndexBuildCommandDescription) { output };
        database.AddTo(command);
        publish.AddTo(command);
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var session = global.CreateSession(parseResult);
            var (l, reporter) = (session.Labels, session.Reporter);
            if (!publish.TryPeriod(session, parseResult, out var period))
            {
                return ExitCodes.BadInput;
            }

            var method = publish.LoadMethod(session, parseResult);
            if (method is null)
            {
                return ExitCodes.BadInput;
            }

            var folder = parseResult.GetRequiredValue(output);
            return await database.RunAsync(session, parseResult, create: false, async store =>
            {
                var snapshot = await IndexSnapshot.LoadAsync(store, method, period!, cancellationToken, IndexPublishOptions.ShippedCriterionTitles());
                int written;
                try
                {
                    written = await SiteExport.WriteAsync(snapshot, folder, cancellationToken);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    reporter.Error(l.IndexCannotWrite(folder, ex.Message));
                    return ExitCodes.BadInput;
                }

                reporter.Success(l.IndexBuilt(written, folder, period!.Id, method.Version));
                return ExitCodes.Success;
            }, cancellationToken);
        });
        return command;
    }
}
