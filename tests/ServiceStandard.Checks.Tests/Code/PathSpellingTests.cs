using ServiceStandard.Gathering.Source.Projects;

namespace ServiceStandard.Checks.Tests.Code;

/// <summary>A path a project wrote on Windows in another letter case finds its file, only when one file matches and only inside the analysed folder.</summary>
public sealed class PathSpellingTests
{
    [Fact]
    public void A_path_in_another_case_finds_the_only_file_that_matches()
    {
        var spelling = new PathSpelling(["src/testcasesupport/TestCaseSupport/TestCaseSupport.csproj", "src/App/App.csproj"]);

        Assert.Equal("src/App/App.csproj", spelling.Find("src/App/App.csproj"));
        Assert.Equal("src/testcasesupport/TestCaseSupport/TestCaseSupport.csproj", spelling.Find("src/TestCaseSupport/TestCaseSupport/TestCaseSupport.csproj"));
        Assert.Null(spelling.Find("src/Other/Other.csproj"));
    }

    [Fact]
    public void Two_files_that_differ_only_in_case_are_ambiguous_and_match_neither()
    {
        var spelling = new PathSpelling(["lib/Shared.props", "Lib/shared.props"]);

        Assert.Null(spelling.Find("LIB/SHARED.props"));
        Assert.Equal("Lib/shared.props", spelling.Find("Lib/shared.props"));
    }

    [Fact]
    public void On_disk_each_folder_and_the_file_are_matched_ignoring_case_but_never_outside_the_folder()
    {
        using var tree = new TempSourceTree(("Lib/Vendor/Legacy.dll", "not really an assembly"), ("src/App/App.csproj", "<Project />"));

        Assert.Equal("Lib/Vendor/Legacy.dll", PathSpelling.OnDisk(tree.Root, "lib/VENDOR/legacy.DLL"));
        Assert.Equal("Lib/Vendor/Legacy.dll", PathSpelling.OnDisk(tree.Root, "Lib/Vendor/Legacy.dll"));
        Assert.Null(PathSpelling.OnDisk(tree.Root, "lib/vendor/missing.dll"));
        Assert.Null(PathSpelling.OnDisk(Path.Combine(tree.Root, "src"), "../Lib/Vendor/Legacy.dll"));
    }
}
