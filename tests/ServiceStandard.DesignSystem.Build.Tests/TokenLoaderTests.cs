using ServiceStandard.DesignSystem.Build.Tokens;

namespace ServiceStandard.DesignSystem.Build.Tests;

/// <summary>Reading DTCG token files: groups, types, aliases, extensions, and located errors.</summary>
public sealed class TokenLoaderTests
{
    private static TokenLoadResult Load(params (string File, string Json)[] files) =>
        TokenLoader.Load(files.Select(f => new TokenSource(f.File, f.Json)).ToList());

    private static TokenSet LoadOk(string json)
    {
        var result = Load(("t.tokens.json", json));
        Assert.True(result.Tokens is not null, string.Join("\n", result.Diagnostics));
        return result.Tokens!;
    }

    private static BuildDiagnostic LoadSingleError(string json, string code)
    {
        var result = Load(("t.tokens.json", json));
        Assert.Null(result.Tokens);
        return Assert.Single(result.Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void Groups_give_paths_and_their_type_to_the_tokens_inside()
    {
        var tokens = LoadOk("""
            {
              "color": {
                "$type": "color",
                "text": { "$value": { "colorSpace": "srgb", "components": [0, 0, 0], "hex": "#000000" }, "$description": "Body text." },
                "nested": { "inverse": { "$value": "#ffffff" } }
              },
              "space": { "1": { "$type": "dimension", "$value": { "value": 5, "unit": "px" } } }
            }
            """);

        Assert.Equal(["color.text", "color.nested.inverse", "space.1"], tokens.Tokens.Select(t => t.Path));
        Assert.Equal("color", tokens["color.nested.inverse"].Type);
        Assert.Equal("#ffffff", tokens["color.nested.inverse"].Value.ToCss());
        Assert.Equal("Body text.", tokens["color.text"].Description);
        Assert.Equal("--ds-color-nested-inverse", tokens["color.nested.inverse"].CssVariable);
        Assert.Equal("5px", tokens["space.1"].Value.ToCss());
    }

    [Fact]
    public void Values_are_read_in_both_the_stable_and_the_draft_forms()
    {
        var tokens = LoadOk("""
            {
              "a": { "$type": "dimension", "$value": "1.5rem" },
              "b": { "$type": "dimension", "$value": { "value": 1.5, "unit": "rem" } },
              "c": { "$type": "color", "$value": "#abc" },
              "d": { "$type": "color", "$value": { "colorSpace": "srgb", "components": [1, 0, 0], "alpha": 0.5 } },
              "e": { "$type": "fontWeight", "$value": "bold" },
              "f": { "$type": "fontFamily", "$value": ["Segoe UI", "system-ui", "sans-serif"] },
              "g": { "$type": "duration", "$value": { "value": 200, "unit": "ms" } },
              "h": { "$type": "number", "$value": 1.3158 }
            }
            """);

        Assert.Equal(tokens["a"].Value, tokens["b"].Value);
        Assert.Equal("#aabbcc", tokens["c"].Value.ToCss());
        Assert.Equal("#ff000080", tokens["d"].Value.ToCss());
        Assert.Equal("700", tokens["e"].Value.ToCss());
        Assert.Equal("\"Segoe UI\", system-ui, sans-serif", tokens["f"].Value.ToCss());
        Assert.Equal("200ms", tokens["g"].Value.ToCss());
        Assert.Equal("1.3158", tokens["h"].Value.ToCss());
    }

    [Fact]
    public void Aliases_resolve_through_chains_and_across_files_and_keep_what_they_refer_to()
    {
        var result = Load(
            ("a.tokens.json", """{ "palette": { "$type": "color", "navy": { "$value": "#1d4f8c" } } }"""),
            ("b.tokens.json", """{ "color": { "brand": { "$value": "{palette.navy}" }, "header": { "$value": "{color.brand}" } } }"""));

        var tokens = Assert.IsType<TokenSet>(result.Tokens);
        Assert.Equal("#1d4f8c", tokens["color.header"].Value.ToCss());
        Assert.Equal("color", tokens["color.header"].Type);
        Assert.Equal("color.brand", tokens["color.header"].AliasOf);
        Assert.Equal("palette.navy", tokens["color.brand"].AliasOf);
    }

    [Fact]
    public void Responsive_values_are_read_per_breakpoint_and_aliases_inherit_them()
    {
        var tokens = LoadOk("""
            {
              "breakpoint": { "$type": "dimension", "tablet": { "$value": "641px" } },
              "space": { "$type": "dimension", "4": { "$value": "20px" } },
              "size": {
                "$type": "dimension",
                "24": { "$value": "21px", "$extensions": { "org.servicestandard.responsive": { "tablet": "24px" } } },
                "gap": { "$value": "15px", "$extensions": { "org.servicestandard.responsive": { "tablet": "{space.4}" } } },
                "heading": { "$value": "{size.24}" }
              }
            }
            """);

        Assert.Equal("24px", tokens["size.24"].Responsive["tablet"].ToCss());
        Assert.Equal("20px", tokens["size.gap"].Responsive["tablet"].ToCss());
        Assert.Equal("24px", tokens["size.heading"].Responsive["tablet"].ToCss());
    }

    [Fact]
    public void An_unknown_alias_is_located_at_the_value_and_suggests_the_nearest_token()
    {
        var error = LoadSingleError("""
            {
              "color": {
                "$type": "color",
                "text": { "$value": "#0b0c0c" },
                "link": { "$value": "{color.txet}" }
              }
            }
            """, DiagnosticCodes.UnknownAlias);

        Assert.Equal(new SourceLocation("t.tokens.json", 5, 25), error.Location);
        Assert.Contains("{color.txet}", error.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean {color.text}?", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("t.tokens.json(5,25): error DSB004:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_cycle_is_reported_once_with_its_chain_and_location()
    {
        var result = Load(("t.tokens.json", """
            {
              "color": {
                "$type": "color",
                "a": { "$value": "{color.b}" },
                "b": { "$value": "{color.c}" },
                "c": { "$value": "{color.a}" },
                "d": { "$value": "{color.a}" }
              }
            }
            """));

        Assert.Null(result.Tokens);
        var cycle = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.AliasCycle, cycle.Code);
        Assert.Equal(new SourceLocation("t.tokens.json", 4, 22), cycle.Location);
        Assert.Contains("color.a -> color.b -> color.c -> color.a", cycle.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_that_refers_to_itself_is_a_cycle()
    {
        var error = LoadSingleError("""{ "size": { "$type": "dimension", "x": { "$value": "{size.x}" } } }""", DiagnosticCodes.AliasCycle);

        Assert.Contains("size.x -> size.x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alias_to_a_token_of_another_type_is_an_error()
    {
        var error = LoadSingleError("""
            {
              "space": { "1": { "$type": "dimension", "$value": "5px" } },
              "color": { "text": { "$type": "color", "$value": "{space.1}" } }
            }
            """, DiagnosticCodes.TypeMismatch);

        Assert.Contains("color.text is a color but refers to space.1, which is a dimension", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "a": { "$type": "color", "$value": "blue" } }""", DiagnosticCodes.InvalidValue, "expected a colour")]
    [InlineData("""{ "a": { "$type": "color", "$value": { "colorSpace": "srgb", "components": [0, 0, 0], "hex": "#ffffff" } } }""", DiagnosticCodes.InvalidValue, "disagree")]
    [InlineData("""{ "a": { "$type": "color", "$value": { "colorSpace": "display-p3", "components": [0, 0, 0] } } }""", DiagnosticCodes.InvalidValue, "srgb")]
    [InlineData("""{ "a": { "$type": "dimension", "$value": { "value": 2, "unit": "em" } } }""", DiagnosticCodes.InvalidValue, "\"em\" is not allowed")]
    [InlineData("""{ "a": { "$type": "fontWeight", "$value": "heavyish" } }""", DiagnosticCodes.InvalidValue, "keyword")]
    [InlineData("""{ "a": { "$type": "shadow", "$value": {} } }""", DiagnosticCodes.UnsupportedType, "not supported")]
    [InlineData("""{ "a": { "$type": "colour", "$value": "#fff" } }""", DiagnosticCodes.UnsupportedType, "unknown $type")]
    [InlineData("""{ "a": { "$value": "#fff" } }""", DiagnosticCodes.MissingType, "no $type")]
    [InlineData("""{ "a": { "$valeu": "#fff", "$type": "color" } }""", DiagnosticCodes.InvalidName, "unknown property \"$valeu\"")]
    [InlineData("""{ "a": { "$type": "color", "$value": "#fff", "b": { "$value": "#000" } } }""", DiagnosticCodes.InvalidName, "tokens and groups are separate")]
    [InlineData("""{ "Bad_Name": { "$type": "color", "$value": "#fff" } }""", DiagnosticCodes.InvalidName, "CSS custom property")]
    [InlineData("""{ "a.b": { "$type": "color", "$value": "#fff" } }""", DiagnosticCodes.InvalidName, "must not be empty or contain '.'")]
    [InlineData("""{ "a": 5 }""", DiagnosticCodes.InvalidValue, "must be a token")]
    [InlineData("""{ "a": { "$type": "color", "$value": "#fff" }, "a": { "$type": "color", "$value": "#000" } }""", DiagnosticCodes.DuplicateKey, "appears twice")]
    [InlineData("""{ "a": { "$type": "color", "$value": "#fff", } }""", DiagnosticCodes.InvalidJson, "invalid JSON")]
    [InlineData("""{ "breakpoint": { "tablet": { "$type": "dimension", "$value": "641px" } }, "a": { "$type": "dimension", "$value": "1px", "$extensions": { "org.servicestandard.responsive": { "wide": "2px" } } } }""", DiagnosticCodes.InvalidResponsive, "\"wide\" is not a breakpoint (known: tablet)")]
    public void Invalid_tokens_are_reported_with_a_code_and_a_reason(string json, string code, string reason)
    {
        var error = LoadSingleError(json, code);

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal("t.tokens.json", error.Location.File);
        Assert.True(error.Location.Line >= 1 && error.Location.Column >= 1);
    }

    [Fact]
    public void Json_syntax_errors_name_the_line_and_column()
    {
        var error = LoadSingleError("{\n  \"a\": {\n    \"$type\": \"color\"\n    \"$value\": \"#fff\"\n  }\n}", DiagnosticCodes.InvalidJson);

        Assert.Equal(4, error.Location.Line);
        Assert.Equal(5, error.Location.Column);
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var error = LoadSingleError("""{ "a": { "$description": "ñandú", "$type": "color", "$value": "{x.y}" } }""", DiagnosticCodes.UnknownAlias);

        Assert.Equal(63, error.Location.Column);
    }

    [Fact]
    public void The_same_token_in_two_files_is_an_error_naming_both_places()
    {
        var result = Load(
            ("a.tokens.json", """{ "color": { "text": { "$type": "color", "$value": "#000" } } }"""),
            ("b.tokens.json", """{ "color": { "text": { "$type": "color", "$value": "#111" } } }"""));

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.DuplicateToken, error.Code);
        Assert.Equal("b.tokens.json", error.Location.File);
        Assert.Contains("a.tokens.json(1,22)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Contrast_pairs_are_read_from_the_root_extensions()
    {
        var tokens = LoadOk("""
            {
              "$extensions": { "org.servicestandard.contrast-pairs": [
                { "name": "Text", "foreground": "{c.text}", "background": "{c.page}", "use": "body" },
                { "name": "Border", "foreground": "{c.text}", "background": "{c.page}", "use": "ui" }
              ] },
              "c": { "$type": "color", "text": { "$value": "#000" }, "page": { "$value": "#fff" } }
            }
            """);

        Assert.Collection(
            tokens.Pairs,
            p => Assert.Equal(("Text", "c.text", "c.page", ContrastUse.Body, 4.5), (p.Name, p.Foreground, p.Background, p.Use, p.MinimumRatio)),
            p => Assert.Equal((ContrastUse.Ui, 3.0), (p.Use, p.MinimumRatio)));
    }

    [Theory]
    [InlineData("""{ "name": "X", "foreground": "{c.missing}", "background": "{c.page}", "use": "body" }""", DiagnosticCodes.UnknownAlias, "not a token")]
    [InlineData("""{ "name": "X", "foreground": "#000", "background": "{c.page}", "use": "body" }""", DiagnosticCodes.InvalidPair, "reference to a colour token")]
    [InlineData("""{ "name": "X", "foreground": "{c.size}", "background": "{c.page}", "use": "body" }""", DiagnosticCodes.InvalidPair, "opaque colour")]
    [InlineData("""{ "name": "X", "foreground": "{c.glass}", "background": "{c.page}", "use": "body" }""", DiagnosticCodes.InvalidPair, "opaque colour")]
    [InlineData("""{ "name": "X", "foreground": "{c.text}", "background": "{c.page}", "use": "huge" }""", DiagnosticCodes.InvalidPair, "needs \"use\"")]
    public void Invalid_contrast_pairs_are_reported(string pair, string code, string reason)
    {
        var json = """
            {
              "$extensions": { "org.servicestandard.contrast-pairs": [ PAIR ] },
              "c": {
                "$type": "color",
                "text": { "$value": "#000" }, "page": { "$value": "#fff" }, "glass": { "$value": "#ffffff80" },
                "size": { "$type": "dimension", "$value": "1px" }
              }
            }
            """.Replace("PAIR", pair, StringComparison.Ordinal);

        var error = LoadSingleError(json, code);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
