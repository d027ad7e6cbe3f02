using ServiceStandard.DesignSystem.Build.Css;

namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>The minifier removes only what cannot change meaning. (BrowserTests compares whole sheets in Chromium.)</summary>
public sealed class CssMinifierTests
{
    [Theory]
    [InlineData(".a {\n  color: red;\n  margin:  0   auto ;\n}\n", ".a{color:red;margin:0 auto}")]
    [InlineData(".a .b > .c,\n.d ~ .e + .f {\n  color: red;\n}", ".a .b>.c,.d ~ .e + .f{color:red}")]
    [InlineData(".a :hover { color: red; }", ".a :hover{color:red}")]
    [InlineData("@media screen and (min-width: 641px) { .a { color: red; } }", "@media screen and (min-width:641px){.a{color:red}}")]
    [InlineData(".a { width: calc(100% - (2 * var(--x))); }", ".a{width:calc(100% - (2 * var(--x)))}")]
    [InlineData(".a::after { content: \" (\" attr(href) \")\"; }", ".a::after{content:\" (\" attr(href) \")\"}")]
    [InlineData(".a { content: \"a  /* not a comment */  b\"; }", ".a{content:\"a  /* not a comment */  b\"}")]
    [InlineData(".a { color: red  !important; }", ".a{color:red !important}")]
    [InlineData(".a /* x */ .b { color: red; }", ".a .b{color:red}")]
    [InlineData(".a { font-family: system-ui, \"Segoe UI\", sans-serif; }", ".a{font-family:system-ui, \"Segoe UI\", sans-serif}")]
    [InlineData(".a:hover,\n.b::after {\n  box-shadow: 0 1px red, 0 2px var(--x);\n}", ".a:hover,.b::after{box-shadow:0 1px red, 0 2px var(--x)}")]
    [InlineData("[data-x = 'a b'] { color: red; }", "[data-x = 'a b']{color:red}")]
    [InlineData(":root {\n  --a:  x,  y ;\n  --b: 1px;\n}\n.a { margin: 0 , 1px; }", ":root{--a:x, y;--b:1px}.a{margin:0 , 1px}")]
    public void Whitespace_and_comments_go_and_meaning_stays(string css, string expected)
    {
        Assert.Equal(expected + "\n", CssMinifier.Minify(css));
    }

    [Fact]
    public void Banner_comments_are_kept_on_their_own_line()
    {
        Assert.Equal("/*! Banner v1 */\n.a{color:red}\n", CssMinifier.Minify("/*! Banner v1 */\n/* other */\n.a {\n  color: red;\n}\n"));
    }
}
