namespace ServiceStandard.DesignSystem.Build.Output;

/// <summary>The first line of every built CSS file: a <c>/*!</c> comment, which minifiers keep.</summary>
public static class Banner
{
    public const string Product = "ServiceStandard Design System";

    public static string For(string version) => $"/*! {Product} v{version} */";
}
