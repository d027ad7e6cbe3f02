using System.CommandLine;
using ServiceStandard.Index.Catalogue;

namespace ServiceStandard.Cli.Commands;

/// <summary><c>servicestandard index institution add ID --name … [--name-es …] --level central|regional|municipal [--region …]</c>.</summary>
public static class IndexInstitutionCommand
{
    public static Command Create(GlobalOptions global)
    {
        var labels = global.Labels;
        var database = new IndexDatabase(global);
        var id = new Argument<string>("id") { Description = labels.IndexInstitutionIdArgumentDescription, HelpName = "ID" };
        var name = new Option<string>("--name") { Description = labels.IndexNameOptionDescription, Required = true };
        var nameEs = new Option<string?>("--name-es") { Description = labels.IndexNameEsOptionDescription };
        var level = new Option<string>("--level") { Description = labels.IndexLevelOptionDescription, Required = true, HelpName = string.Join('|', InstitutionLevels.Names) };
        level.CompletionSources.Add([.. InstitutionLevels.Names]);
        var region = new Option<string?>("--region") { Description = labels.IndexRegionOptionDescription };

        var add = new Command("add", labels.IndexInstitutionAddCommandDescription) { id, name, nameEs, level, region };
        database.AddTo(add);
        add.SetAction(async (parseResult, cancellationToken) =>
        {
            var session = global.CreateSession(parseResult);
            var (l, reporter) = (session.Labels, session.Reporter);
            var institutionId = parseResult.GetRequiredValue(id);
            var english = parseResult.GetRequiredValue(name).Trim();
            var spanish = (parseResult.GetValue(nameEs) ?? english).Trim();
            if (!IndexIds.IsValid(institutionId))
            {
                reporter.Error(l.IndexBadId(institutionId));
                return ExitCodes.BadInput;
            }

            if (english.Length == 0 || spanish.Length == 0)
            {
                reporter.Error(l.IndexBadName);
                return ExitCodes.BadInput;
            }

            if (InstitutionLevels.Parse(parseResult.GetRequiredValue(level)) is not { } parsedLevel)
            {
                reporter.Error(l.IndexBadLevel(parseResult.GetRequiredValue(level)));
                return ExitCodes.BadInput;
            }

            var institution = new Institution(institutionId, english, spanish, parsedLevel, string.IsNullOrWhiteSpace(parseResult.GetValue(region)) ? null : parseResult.GetValue(region)!.Trim());
            return await database.RunAsync(session, parseResult, create: false, async store =>
            {
                if (!await store.AddInstitutionAsync(institution, cancellationToken))
                {
                    reporter.Error(l.IndexInstitutionExists(institutionId));
                    return ExitCodes.BadInput;
                }

                reporter.Success(l.IndexInstitutionAdded(institutionId, InstitutionLevels.Name(parsedLevel)));
                return ExitCodes.Success;
            }, cancellationToken);
        });

        return new Command("institution", labels.IndexInstitutionCommandDescription) { add };
    }
}
