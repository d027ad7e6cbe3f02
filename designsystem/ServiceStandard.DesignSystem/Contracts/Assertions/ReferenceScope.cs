namespace ServiceStandard.DesignSystem.Contracts.Assertions;

/// <summary>Where the other end of an id reference must be: anywhere on the page, or inside the same instance.</summary>
public enum ReferenceScope
{
    Page,
    Instance,
}
