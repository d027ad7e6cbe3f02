using System.CommandLine;
using ServiceStandard.Index.Catalogue;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>servicestandard index service add INSTITUTION/SERVICE --name … [--url …] [--repository …]</c>.</summary>
public static class IndexServiceCommand
{
    public static Command Create(GlobalOptions global)
    {
        var labels = global.Labels;
        var database = new IndexDatabase(global);
        var service = new Argument<string>("service") { Description = labels.IndexServiceArgumentDescription, HelpName = "INSTITUTION/SERVICE" };
        var name = new Option<string>("--name") { Description = labels.IndexServiceNameOptionDescription, Required = true };
        var url = new Option<string?>("--url") { Description = labels.IndexServiceUrlOptionDescription };
        var repository = new Option<string?>("--repository") { Description = labels.IndexServiceRepositoryOptionDescription };

        var add = new Command("add", labels.IndexServiceAddCommandDescription) { service, name, url, repository };
        database.AddTo(add);
        add.SetAction(async (parseResult, cancellationToken) =>
        {
            var session = global.CreateSession(parseResult);
            var (l, reporter) = (session.Labels, session.Reporter);
            var written = parseResult.GetRequiredValue(service);
            if (ServicePath.Parse(written) is not { } parsed)
            {
                reporter.Error(l.IndexBadServiceName(Kernel.Text.UntrustedText.OneLine(written)));
                return ExitCodes.BadInput;
            }

            var (institutionId, serviceId) = parsed;

            var serviceName = parseResult.GetRequiredValue(name).Trim();
            if (serviceName.Length == 0)
            {
                reporter.Error(l.IndexBadName);
                return ExitCodes.BadInput;
            }

            foreach (var address in new[] { parseResult.GetValue(url), parseResult.GetValue(repository) }.OfType<string>())
            {
                if (!ServicePath.IsHttpUrl(address))
                {
                    reporter.Error(l.IndexBadUrl(address));
                    return ExitCodes.BadInput;
                }
            }

            return await database.RunAsync(session, parseResult, create: false, async store =>
            {
                if (await store.GetInstitutionAsync(institutionId, cancellationToken) is null)
                {
                    reporter.Error(l.IndexUnknownInstitution(institutionId));
                    return ExitCodes.BadInput;
                }

                if (!await store.AddServiceAsync(new IndexedService(institutionId, serviceId, serviceName, parseResult.GetValue(url), parseResult.GetValue(repository)), cancellationToken))
                {
                    reporter.Error(l.IndexServiceExists(institutionId, serviceId));
                    return ExitCodes.BadInput;
                }

                reporter.Success(l.IndexServiceAdded(institutionId, serviceId));
                return ExitCodes.Success;
            }, cancellationToken);
        });

        return new Command("service", labels.IndexServiceCommandDescription) { add };
    }
}

/// <summary>INSTITUTION/SERVICE as the commands write it.</summary>
public static class ServicePath
{
    public static (string InstitutionId, string ServiceId)? Parse(string text)
    {
        var parts = text.Split('/');
        return parts.Length == 2 && IndexIds.IsValid(parts[0]) && IndexIds.IsValid(parts[1]) ? (parts[0], parts[1]) : null;
    }

    public static bool IsHttpUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
