using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using ServiceStandard.Analyzers.Flow;

namespace ServiceStandard.Analyzers.Rules;

/// <summary>
/// Secrets recognised by their format wherever they appear: PEM private keys and the tokens of AWS,
/// GitHub, Slack, Stripe, Google, SendGrid and npm. SS0001 reads string literals with them, and the
/// public-code working-tree scan reads every text file of a repository with the same list.
/// </summary>
public static class KnownSecretFormats
{
    /// <summary>Each format's name (as a message names it) and pattern (compiled, with a timeout).</summary>
    public static IReadOnlyList<(string Kind, Regex Pattern)> All { get; } =
    [
        ("private key", SafeRegex.Create(@"-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY( BLOCK)?-----")),
        ("AWS access key", SafeRegex.Create(@"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")),
        ("GitHub token", SafeRegex.Create(@"\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b")),
        ("Slack token", SafeRegex.Create(@"\bxox[abprs]-[A-Za-z0-9-]{10,}")),
        ("Stripe secret key", SafeRegex.Create(@"\b[rs]k_live_[A-Za-z0-9]{16,}")),
        ("Google API key", SafeRegex.Create(@"\bAIza[0-9A-Za-z_\-]{35}\b")),
        ("SendGrid API key", SafeRegex.Create(@"\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}\b")),
        ("npm token", SafeRegex.Create(@"\bnpm_[A-Za-z0-9]{36}\b")),
    ];

    /// <summary>A cheap test before the pattern: whether the text holds the format's fixed part at all.</summary>
    public static bool MayContain(string kind, string value) =>
        kind switch
        {
            "private key" => value.IndexOf("PRIVATE KEY", StringComparison.Ordinal) >= 0,
            "AWS access key" => value.IndexOf("AKIA", StringComparison.Ordinal) >= 0 || value.IndexOf("ASIA", StringComparison.Ordinal) >= 0,
            "GitHub token" => value.IndexOf("gh", StringComparison.Ordinal) >= 0 || value.IndexOf("github_pat_", StringComparison.Ordinal) >= 0,
            "Slack token" => value.IndexOf("xox", StringComparison.Ordinal) >= 0,
            "Stripe secret key" => value.IndexOf("k_live_", StringComparison.Ordinal) >= 0,
            "Google API key" => value.IndexOf("AIza", StringComparison.Ordinal) >= 0,
            "SendGrid API key" => value.IndexOf("SG.", StringComparison.Ordinal) >= 0,
            "npm token" => value.IndexOf("npm_", StringComparison.Ordinal) >= 0,
            _ => true,
        };
}
