using ServiceStandard.Testing;

namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>The design system's folders in this repository.</summary>
internal static class DesignSystemPaths
{
    public static string Root => RepositoryPaths.Combine("designsystem");

    public static string Dist => Path.Combine(Root, DesignSystemBuild.DistFolder);

    public static string Css => Path.Combine(Root, "css");

    public static string Js => Path.Combine(Root, "js");

    public static string Tokens => Path.Combine(Root, "tokens");

    public static string Pages => RepositoryPaths.Combine("tests", "ServiceStandard.DesignSystem.Build.Tests", "Pages");

    public static string Components => Path.Combine(Root, "components");

    public static string StylesheetList => Path.Combine(Root, global::ServiceStandard.DesignSystem.Build.Css.StylesheetList.FileName);
}

/// <summary>One build of the real sources, shared by the tests of a class (the build is pure).</summary>
public sealed class ShippedBuild
{
    public ShippedBuild()
    {
        Result = DesignSystemBuild.Run(DesignSystemPaths.Root);
    }

    public BuildResult Result { get; }

    public Tokens.TokenSet Tokens => Result.Tokens ?? throw new InvalidOperationException("The shipped tokens do not load:\n" + string.Join("\n", Result.Diagnostics));

    public string this[string file] => Result.Succeeded
        ? Result[file]
        : throw new InvalidOperationException("The shipped design system does not build:\n" + string.Join("\n", Result.Diagnostics));
}
