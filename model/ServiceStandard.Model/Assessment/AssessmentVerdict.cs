namespace ServiceStandard.Model.Assessment;

/// <summary>What the run concluded, for the CLI to turn into an exit code.</summary>
public enum AssessmentVerdict
{
    /// <summary>Nothing at or above the fail-on threshold.</summary>
    Passed,

    /// <summary>Findings at or above the threshold.</summary>
    Failed,

    /// <summary>The target could not be assessed at all (no browser, every page unreachable).</summary>
    NotAssessable,

    /// <summary>Interrupted: the report is partial and says so.</summary>
    Interrupted,
}
