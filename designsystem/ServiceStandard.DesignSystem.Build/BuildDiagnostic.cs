namespace ServiceStandard.DesignSystem.Build;

/// <summary>Where something is in a source file: path as given, 1-based line and column.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}({Line},{Column})";
}

/// <summary>
/// A problem in the design system's sources that a person must fix, located so an editor can jump
/// to it. Printed in the compiler format: <c>tokens/color.tokens.json(12,16): error DSB004: ...</c>.
/// </summary>
public sealed record BuildDiagnostic(string Code, SourceLocation Location, string Message)
{
    public override string ToString() => $"{Location}: error {Code}: {Message}";
}

/// <summary>The catalogue of diagnostic codes, so each is declared once.</summary>
public static class DiagnosticCodes
{
    public const string InvalidJson = "DSB001";
    public const string DuplicateKey = "DSB002";
    public const string InvalidName = "DSB003";
    public const string UnknownAlias = "DSB004";
    public const string AliasCycle = "DSB005";
    public const string MissingType = "DSB006";
    public const string UnsupportedType = "DSB007";
    public const string InvalidValue = "DSB008";
    public const string TypeMismatch = "DSB009";
    public const string DuplicateToken = "DSB010";
    public const string InvalidPair = "DSB011";
    public const string InvalidResponsive = "DSB012";
    public const string InvalidManifest = "DSB013";
    public const string MissingStylesheet = "DSB014";
    public const string UnbalancedCss = "DSB015";
    public const string InvalidPackage = "DSB016";
    public const string UndefinedVariable = "DSB017";
    public const string OwnCustomProperty = "DSB018";
    public const string UnknownBreakpoint = "DSB019";
    public const string InvalidScript = "DSB020";
}
