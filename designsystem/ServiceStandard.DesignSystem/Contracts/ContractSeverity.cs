namespace ServiceStandard.DesignSystem.Contracts;

/// <summary>
/// How much a contract violation blocks users: the four levels of axe-core's impact, with the same
/// names and values as the shared Finding model's severity, so a violation maps across one to one.
/// </summary>
public enum ContractSeverity
{
    Minor = 0,
    Moderate = 1,
    Serious = 2,
    Critical = 3,
}
