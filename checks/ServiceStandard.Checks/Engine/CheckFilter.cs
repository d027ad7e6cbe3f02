namespace ServiceStandard.Checks.Engine;

/// <summary>
/// Which checks run and which findings are kept. Each entry names a family (<c>accessibility</c>),
/// a check (<c>accessibility/keyboard</c>) or a rule (<c>accessibility/axe/color-contrast</c>); an
/// entry covers an id when it is the id or a '/'-separated prefix of it. An empty
/// <see cref="Include"/> means everything; <see cref="Exclude"/> wins over it.
/// </summary>
public sealed record CheckFilter(IReadOnlyList<string> Include, IReadOnlyList<string> Exclude)
{
    public static CheckFilter All { get; } = new([], []);

    public static CheckFilter Only(params string[] include) => new(include, []);

    /// <summary>From servicestandard.yml's <c>checks: { enable, disable }</c>.</summary>
    public static CheckFilter From(Configuration.CheckSelection selection) => new(selection.Enable, selection.Disable);

    /// <summary>Whether the check runs: something it could report is included and the check itself is not excluded.</summary>
    public bool RunsCheck(string checkId) =>
        (Include.Count == 0 || Include.Any(entry => Covers(entry, checkId) || Covers(checkId, entry))) &&
        !Exclude.Any(entry => Covers(entry, checkId));

    /// <summary>Whether a finding with this qualified rule id (<c>accessibility/axe/color-contrast</c>) is kept.</summary>
    public bool KeepsRule(string qualifiedRuleId) =>
        (Include.Count == 0 || Include.Any(entry => Covers(entry, qualifiedRuleId))) &&
        !Exclude.Any(entry => Covers(entry, qualifiedRuleId));

    private static bool Covers(string entry, string id) =>
        id.Length == entry.Length
            ? string.Equals(id, entry, StringComparison.Ordinal)
            : id.Length > entry.Length && id[entry.Length] == '/' && id.StartsWith(entry, StringComparison.Ordinal);
}
