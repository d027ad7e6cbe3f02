namespace ServiceStandard.Cli;

/// <summary>The tool's name as users type it, used in messages and help.</summary>
public static class CliIdentity
{
    public const string Name = "servicestandard";
}
