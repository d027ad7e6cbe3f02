using System.CommandLine;
using ServiceStandard.Index.Catalogue;
using ServiceStandard.Index.Storage;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>servicestandard index token issue ID</c> prints a new upload token for the institution once
/// (the token alone on the first line of stdout; the database keeps only its SHA-256), and
/// <c>index token revoke TOKEN-ID</c> revokes one.
/// </summary>
public static class IndexTokenCommand
{
    public static Command Create(GlobalOptions global)
    {
        var labels = global.Labels;
        var issueDatabase = new IndexDatabase(global);
        var institution = new Argument<string>("institution") { Description = labels.IndexInstitutionIdArgumentDescription, HelpName = "ID" };
        var issue = new Command("issue", labels.IndexTokenIssueCommandDescription) { institution };
        issueDatabase.AddTo(issue);
        issue.SetAction(async (parseResult, cancellationToken) =>
        {
            var session = global.CreateSession(parseResult);
            var (l, reporter) = (session.Labels, session.Reporter);
            var institutionId = parseResult.GetRequiredValue(institution);
            if (!IndexIds.IsValid(institutionId))
            {
                reporter.Error(l.IndexBadId(institutionId));
                return ExitCodes.BadInput;
            }

            return await issueDatabase.RunAsync(session, parseResult, create: false, async store =>
            {
                if (await store.GetInstitutionAsync(institutionId, cancellationToken) is null)
                {
                    reporter.Error(l.IndexUnknownInstitution(institutionId));
                    return ExitCodes.BadInput;
                }

                var issued = AccessTokens.Issue(institutionId, DateTimeOffset.UtcNow);
                await store.AddTokenAsync(issued.Record, cancellationToken);
                // The token alone on its line, so a script can take the first line of stdout.
                await Console.Out.WriteLineAsync(issued.Token);
                reporter.Success(l.IndexTokenIssued(issued.Record.Id, institutionId));
                return ExitCodes.Success;
            }, cancellationToken);
        });

        var revokeDatabase = new IndexDatabase(global);
        var tokenId = new Argument<string>("token-id") { Description = labels.IndexTokenIdArgumentDescription, HelpName = "TOKEN-ID" };
        var revoke = new Command("revoke", labels.IndexTokenRevokeCommandDescription) { tokenId };
        revokeDatabase.AddTo(revoke);
        revoke.SetAction((parseResult, cancellationToken) =>
        {
            var session = global.CreateSession(parseResult);
            var id = parseResult.GetRequiredValue(tokenId);
            return revokeDatabase.RunAsync(session, parseResult, create: false, async store =>
            {
                if (!await store.RevokeTokenAsync(id, DateTimeOffset.UtcNow, cancellationToken))
                {
                    session.Reporter.Error(session.Labels.IndexTokenUnknown(Kernel.Text.UntrustedText.OneLine(id)));
                    return ExitCodes.BadInput;
                }

                session.Reporter.Success(session.Labels.IndexTokenRevoked(id));
                return ExitCodes.Success;
            }, cancellationToken);
        });

        return new Command("token", labels.IndexTokenCommandDescription) { issue, revoke };
    }
}
