using ServiceStandard.Configuration;
using ServiceStandard.Model.Plan;

namespace ServiceStandard.Assessing.Planning;

/// <summary>What ties a plan, its shards and their merge to one configuration.</summary>
public static class PlanIdentity
{
    /// <summary>
    /// The hash of the configuration file's text (<see cref="RunPlan.HashConfig"/>); of nothing when
    /// the run has no file, or a configuration built in memory names one that is not on disk.
    /// </summary>
    public static string ConfigHash(ServiceConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return RunPlan.HashConfig(config.ConfigFile is { } file && File.Exists(file) ? File.ReadAllText(file) : null);
    }
}
