using ServiceStandard.Assessing;
using ServiceStandard.Model.Assessment;

namespace ServiceStandard.Cli;

/// <summary>The process exit codes, as DESIGN.md defines them. docs/cli.md documents each one.</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above <c>--fail-on</c>; or the command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>The assessment found problems at or above the <c>--fail-on</c> threshold.</summary>
    public const int FindingsAtOrAboveThreshold = 1;

    /// <summary>Bad usage (unknown command or option, bad value), or an invalid config or standard.</summary>
    public const int BadInput = 2;

    /// <summary>The target could not be assessed: unreachable, browser missing.</summary>
    public const int TargetNotAssessable = 3;

    /// <summary>
    /// A bug in the tool stopped the run. It shares 3 with <see cref="TargetNotAssessable"/>: either
    /// way no verdict was reached, and it must not look like findings (1) or a user's mistake (2).
    /// </summary>
    public const int InternalError = TargetNotAssessable;

    /// <summary>
    /// The index's database is locked, unreachable or not an index, or an index server could not be
    /// reached (<c>index …</c>, <c>upload</c>): nothing was done, and it was not the user's input.
    /// </summary>
    public const int Unavailable = TargetNotAssessable;

    /// <summary>Ctrl+C or SIGTERM (128 + SIGINT).</summary>
    public const int Interrupted = 130;

    /// <summary>The exit code of an assessment's verdict (<see cref="AssessmentVerdicts.Decide"/>): never a renderer's.</summary>
    public static int For(AssessmentVerdict verdict) => verdict switch
    {
        AssessmentVerdict.Interrupted => Interrupted,
        AssessmentVerdict.NotAssessable => TargetNotAssessable,
        AssessmentVerdict.Failed => FindingsAtOrAboveThreshold,
        _ => Success,
    };
}
