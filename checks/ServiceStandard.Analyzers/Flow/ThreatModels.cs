using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ServiceStandard.Analyzers.Flow;

/// <summary>
/// Which kinds of untrusted data the taint rules start from, named as CodeQL's threat models:
/// <see cref="Remote"/> (the HTTP request, network sockets and responses of other services: what a
/// web service is attacked through), <see cref="Local"/> (environment variables, the console, files,
/// command-line arguments) and <see cref="Stored"/> (values read back from a database).
/// </summary>
[Flags]
internal enum ThreatModels
{
    Remote = 1,
    Local = 2,
    Stored = 4,
}

internal static class ThreatModelOptions
{
    /// <summary>The global analyzer option the code assessment sets from <c>source.threatModels</c>: a comma-separated list.</summary>
    public const string Key = "servicestandard.threat_models";

    /// <summary>The threat models the run asked for; remote is always on (request data is what a web service is attacked through).</summary>
    public static ThreatModels From(AnalyzerOptions options)
    {
        if (!options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(Key, out var value))
        {
            return ThreatModels.Remote;
        }

        var models = ThreatModels.Remote;
        foreach (var name in value.Split(','))
        {
            models |= name.Trim().ToLowerInvariant() switch
            {
                "remote" => ThreatModels.Remote,
                "local" => ThreatModels.Local,
                "stored" => ThreatModels.Stored,
                _ => 0,
            };
        }

        return models;
    }
}
