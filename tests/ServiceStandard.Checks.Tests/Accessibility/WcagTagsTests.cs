using ServiceStandard.Checks.Descriptors;
using ServiceStandard.Standard.Wcag;
using ServiceStandard.Kernel.Messages;

namespace ServiceStandard.Checks.Tests.Accessibility;

public class WcagTagsTests
{
    [Theory]
    [InlineData("2.1.1", "wcag2a")]
    [InlineData("2.4.7", "wcag2aa")]
    [InlineData("1.4.6", "wcag2aaa")]
    [InlineData("1.4.10", "wcag21aa")]
    [InlineData("2.5.3", "wcag21a")]
    [InlineData("2.4.11", "wcag22aa")]
    [InlineData("3.3.8", "wcag22aa")]
    public void Level_tag_names_the_version_and_level_that_introduced_the_criterion(string number, string tag) =>
        Assert.Equal(tag, WcagTags.LevelTag(WcagCatalog.Wcag22.Find(number)!));

    [Theory]
    [InlineData("wcag2a", true)]
    [InlineData("wcag2aaa", true)]
    [InlineData("wcag21aa", true)]
    [InlineData("wcag22aa", true)]
    [InlineData("wcag143", false)]
    [InlineData("wcag2411", false)]
    [InlineData("best-practice", false)]
    [InlineData("cat.color", false)]
    public void Recognises_level_tags(string tag, bool isLevel) => Assert.Equal(isLevel, WcagTags.IsLevelTag(tag));

    [Fact]
    public void Message_templates_list_and_fill_placeholders()
    {
        Assert.Equal(["id", "count"], MessageTemplate.Placeholders("The id {id} is used {count} times by {id}"));
        Assert.Equal("a 3 b", MessageTemplate.Format("{x} {n} {y}", ("x", "a"), ("n", 3), ("y", "b")));
    }
}
