using System.Text;
using System.Text.RegularExpressions;
using ServiceStandard.Kernel.Diagnostics;

namespace ServiceStandard.Configuration;

/// <summary>
/// A text value from the config that may read environment variables with <c>${env:NAME}</c>.
/// The config keeps only the template: the variables are read when the value is used
/// (<see cref="Resolve(Func{string, string?})"/>), so a secret never enters the model, its
/// <see cref="ToString"/>, a log or a report.
/// </summary>
public sealed partial class ConfigValue : IEquatable<ConfigValue>
{
    private readonly IReadOnlyList<Part> _parts;

    private ConfigValue(string template, IReadOnlyList<Part> parts, SourceLocation location)
    {
        Template = template;
        _parts = parts;
        Location = location;
    }

    /// <summary>The value as written, with its <c>${env:NAME}</c> references unresolved.</summary>
    public string Template { get; }

    /// <summary>Where the value is written, for the diagnostic when a variable is unset.</summary>
    public SourceLocation Location { get; }

    /// <summary>The environment variables the value reads, in order of appearance.</summary>
    public IReadOnlyList<string> EnvironmentVariables => [.. _parts.Where(p => p.Variable is not null).Select(p => p.Variable!).Distinct(StringComparer.Ordinal)];

    /// <summary>True when the value reads the environment, so its resolved text must be treated as a secret.</summary>
    public bool ReadsEnvironment => _parts.Any(p => p.Variable is not null);

    /// <summary>A value with no environment references.</summary>
    public static ConfigValue Literal(string text, SourceLocation location) => new(text, [new Part(text, null)], location);

    /// <summary>
    /// Reads a template, reporting every malformed reference (<c>${NAME}</c>, <c>${env:}</c>,
    /// <c>${ENV:NAME}</c>, an unclosed <c>${</c>) at <paramref name="location"/>.
    /// </summary>
    public static LoadResult<ConfigValue> Parse(string text, SourceLocation location)
    {
        var parts = new List<Part>();
        var errors = new List<Diagnostic>();
        var position = 0;
        while (position < text.Length)
        {
            var start = text.IndexOf("${", position, StringComparison.Ordinal);
            if (start < 0)
            {
                parts.Add(new Part(text[position..], null));
                break;
            }

            if (start > position)
            {
                parts.Add(new Part(text[position..start], null));
            }

            var end = text.IndexOf('}', start + 2);
            if (end < 0)
            {
                errors.Add(Diagnostic.Error(location, $"'{text[start..]}' starts an environment reference but has no closing '}}'; write ${{env:NAME}}"));
                break;
            }

            var reference = text[start..(end + 1)];
            var match = Reference().Match(reference);
            if (match.Success)
            {
                parts.Add(new Part(reference, match.Groups["name"].Value));
            }
            else
            {
                errors.Add(Diagnostic.Error(location, $"'{reference}' is not a valid environment reference; write ${{env:NAME}}, where NAME is letters, digits and underscores and does not start with a digit"));
            }

            position = end + 1;
        }

        return errors.Count > 0
            ? LoadResult<ConfigValue>.Failed(errors)
            : new LoadResult<ConfigValue>(new ConfigValue(text, parts, location), []);
    }

    /// <summary>Reads the referenced variables from <paramref name="environment"/> (for example <see cref="Environment.GetEnvironmentVariable(string)"/>).</summary>
    public ConfigValueResolution Resolve(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var text = new StringBuilder();
        var errors = new List<Diagnostic>();
        foreach (var part in _parts)
        {
            if (part.Variable is null)
            {
                text.Append(part.Text);
                continue;
            }

            var value = environment(part.Variable);
            if (string.IsNullOrEmpty(value))
            {
                errors.Add(Diagnostic.Error(Location, $"the environment variable {part.Variable} is not set (or is empty); the config reads it with {part.Text}"));
                continue;
            }

            text.Append(value);
        }

        return errors.Count > 0 ? ConfigValueResolution.Failed(errors) : ConfigValueResolution.Resolved(text.ToString());
    }

    public ConfigValueResolution Resolve(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return Resolve(name => environment.TryGetValue(name, out var value) ? value : null);
    }

    /// <summary>The template as written: <c>${env:NAME}</c> stays as it is, never the variable's value.</summary>
    public override string ToString() => Template;

    public bool Equals(ConfigValue? other) => other is not null && string.Equals(Template, other.Template, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as ConfigValue);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Template);

    [GeneratedRegex("^\\$\\{env:(?<name>[A-Za-z_][A-Za-z0-9_]*)\\}$")]
    private static partial Regex Reference();

    private sealed record Part(string Text, string? Variable);
}

/// <summary>
/// The outcome of resolving a <see cref="ConfigValue"/>: the text, or a located diagnostic per
/// unset variable. Its <see cref="ToString"/> never shows the resolved text.
/// </summary>
public sealed class ConfigValueResolution
{
    private ConfigValueResolution(string? value, IReadOnlyList<Diagnostic> errors)
    {
        Value = value;
        Errors = errors;
    }

    /// <summary>The resolved text; null when a variable was unset. Treat it as a secret.</summary>
    public string? Value { get; }

    public IReadOnlyList<Diagnostic> Errors { get; }

    public bool Succeeded => Value is not null;

    internal static ConfigValueResolution Resolved(string value) => new(value, []);

    internal static ConfigValueResolution Failed(IReadOnlyList<Diagnostic> errors) => new(null, errors);

    public override string ToString() => Succeeded ? "(resolved value hidden)" : string.Join(Environment.NewLine, Errors);
}
