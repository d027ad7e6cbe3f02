using System.CommandLine;
using ServiceStandard.Index.Uploads;
using ServiceStandard.Kernel.Text;

namespace ServiceStandard.Cli.Commands;

/// <summary>
/// <c>servicestandard upload --server URL --token TOKEN --service INSTITUTION/SERVICE assessment.json</c>:
/// sends one assessment to an index server, retrying with backoff what may pass later. Exit 0 when
/// kept (or already kept), 2 when the server refused it (the reason on stderr), 3 when no server
/// answered or it kept failing.
/// </summary>
public static class UploadCommand
{
    public const string TokenVariable = "SERVICESTANDARD_INDEX_TOKEN";

    public static Command Create(GlobalOptions global)
    {
        var labels = global.Labels;
        var server = new Option<string>("--server") { Description = labels.UploadServerOptionDescription, Required = true, HelpName = "url" };
        var token = new Option<string?>("--token") { Description = labels.UploadTokenOptionDescription, HelpName = "token" };
        var service = new Option<string>("--service") { Description = labels.UploadServiceOptionDescription, Required = true, HelpName = "INSTITUTION/SERVICE" };
        var commit = new Option<string?>("--commit") { Description = labels.UploadCommitOptionDescription, HelpName = "sha" };
        var file = new Argument<string>("assessment") { Description = labels.UploadFileArgumentDescription, HelpName = "assessment.json" };
        var command = new Command("upload", labels.UploadCommandDescription) { server, token, service, commit, file };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var session = global.CreateSession(parseResult);
            var (l, reporter) = (session.Labels, session.Reporter);
            var serverText = parseResult.GetRequiredValue(server);
            if (!ServicePath.IsHttpUrl(serverText))
            {
                reporter.Error(l.IndexBadUrl(UntrustedText.OneLine(serverText)));
                return ExitCodes.BadInput;
            }

            var serviceText = parseResult.GetRequiredValue(service);
            if (ServicePath.Parse(serviceText) is not { } target)
            {
                reporter.Error(l.IndexBadServiceName(UntrustedText.OneLine(serviceText)));
                return ExitCodes.BadInput;
            }

            var secret = parseResult.GetValue(token) ?? Environment.GetEnvironmentVariable(TokenVariable);
            if (string.IsNullOrWhiteSpace(secret))
            {
                reporter.Error(l.UploadNoToken);
                return ExitCodes.BadInput;
            }

            var path = parseResult.GetRequiredValue(file);
            byte[] body;
            try
            {
                body = await File.ReadAllBytesAsync(path, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                reporter.Error(l.UploadCannotRead(path, ex.Message));
                return ExitCodes.BadInput;
            }

            var commitId = parseResult.GetValue(commit)
                ?? Environment.GetEnvironmentVariable("GITHUB_SHA")
                ?? Environment.GetEnvironmentVariable("CI_COMMIT_SHA");
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(100) };
            var client = new UploadClient(http, UploadRetryPolicy.Default);
            var result = await client.UploadAsync(new UploadRequest(new Uri(serverText), secret.Trim(), target.InstitutionId, target.ServiceId, body, string.IsNullOrWhiteSpace(commitId) ? null : commitId.Trim()), cancellationToken);
            return Report(session, result, path, $"{target.InstitutionId}/{target.ServiceId}", serverText);
        });
        return command;
    }

    private static int Report(CommandSession session, UploadResult result, string path, string service, string server)
    {
        var (l, reporter) = (session.Labels, session.Reporter);
        var detail = UntrustedText.OneLine(result.Detail ?? string.Empty);
        switch (result.Status)
        {
            case UploadStatus.Created:
                reporter.Success(l.UploadCreated(path, service, result.AssessmentId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"));
                return ExitCodes.Success;
            case UploadStatus.Duplicate:
                reporter.Success(l.UploadDuplicate(path, service, result.AssessmentId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"));
                return ExitCodes.Success;
            case UploadStatus.RateLimited:
                reporter.Error(l.UploadRateLimited(result.Attempts, detail));
                return ExitCodes.Unavailable;
            case UploadStatus.ServerError:
                reporter.Error(l.UploadServerError(result.Attempts, detail));
                return ExitCodes.Unavailable;
            case UploadStatus.Unreachable:
                reporter.Error(l.UploadUnreachable(UntrustedText.OneLine(server), result.Attempts, detail));
                return ExitCodes.Unavailable;
        }

        reporter.Error(result.Status switch
        {
            UploadStatus.Unauthorized => l.UploadUnauthorized(detail),
            UploadStatus.Forbidden => l.UploadForbidden(detail),
            UploadStatus.NotFound => l.UploadNotFound(detail),
            UploadStatus.TooLarge => l.UploadTooLarge(detail),
            UploadStatus.Invalid => l.UploadInvalid(detail),
            _ => l.UploadMalformed(detail),
        });
        foreach (var problem in result.Problems)
        {
            reporter.Error(l.UploadProblem(UntrustedText.OneLine(problem.ToString())));
        }

        return ExitCodes.BadInput;
    }
}
