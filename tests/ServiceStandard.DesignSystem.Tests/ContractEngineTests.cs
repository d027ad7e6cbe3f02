using ServiceStandard.DesignSystem.Components;
using ServiceStandard.DesignSystem.Engine;

namespace ServiceStandard.DesignSystem.Tests;

/// <summary>What each assertion means on tricky markup, with small contracts written inline.</summary>
public class ContractEngineTests
{
    private const string ErrorSummaryFirst = """
        - id: first
          severity: serious
          guidance: "#first"
          firstIn: main
          message: { en: "First in {container}.", es: "Primero en {container}." }
        """;

    [Theory]
    [InlineData("<main><div class='row'><div class='col'><div class='ds-x'>!</div><h1>Title</h1></div></div></main>", true)]
    [InlineData("<main>\n  <div hidden><p>Hidden notice</p></div><script>var a = 1;</script><div class='ds-x'>!</div></main>", true)]
    [InlineData("<main><p>Intro</p><div class='ds-x'>!</div></main>", false)]
    [InlineData("<main>Some text<div class='ds-x'>!</div></main>", false)]
    [InlineData("<main><div><img src='a.png' alt='A'></div><div class='ds-x'>!</div></main>", false)]
    [InlineData("<div class='ds-x'>!</div><main><h1>Title</h1></main>", false)]
    public void First_in_main_allows_wrappers_but_not_content_before(string body, bool passes)
    {
        var violations = Evaluate(ErrorSummaryFirst, body);

        Assert.Equal(passes, violations.Count == 0);
    }

    [Theory]
    [InlineData("<a class='ds-x' href='#main'>Skip</a><a href='/'>Home</a>", true)]
    [InlineData("<div hidden><a href='/'>Hidden</a></div><a tabindex='-1' href='/'>Not in Tab order</a><button disabled>Off</button><input type='hidden'><a class='ds-x' href='#main'>Skip</a>", true)]
    [InlineData("<div class='ds-x'><a href='#main'>Skip inside the component</a></div>", true)]
    [InlineData("<a href='/'>Home</a><a class='ds-x' href='#main'>Skip</a>", false)]
    [InlineData("<span tabindex='0'>Focusable</span><a class='ds-x' href='#main'>Skip</a>", false)]
    public void First_focusable_follows_the_tab_order_of_the_markup(string body, bool passes)
    {
        var violations = Evaluate("""
            - id: first
              severity: serious
              wcag: ["2.4.1"]
              firstFocusable: true
              message: { en: "{first} comes first.", es: "{first} va primero." }
            """, body);

        Assert.Equal(passes, violations.Count == 0);
    }

    [Fact]
    public void Scope_selects_direct_children_only()
    {
        const string Rule = """
            - id: legend
              severity: serious
              wcag: ["1.3.1"]
              children: { select: ":scope > legend", min: 1, max: 1 }
              message: { en: "{count} legends.", es: "{count} leyendas." }
            """;

        Assert.Empty(Evaluate(Rule, "<fieldset class='ds-x'><legend>Q</legend><fieldset><legend>Inner</legend></fieldset></fieldset>"));
        var violation = Assert.Single(Evaluate(Rule, "<fieldset class='ds-x'><div><legend>Not a child</legend></div></fieldset>"));
        Assert.Equal("0 legends.", violation.Message("en"));
    }

    [Fact]
    public void Too_many_children_reports_each_one_past_the_maximum()
    {
        var violations = Evaluate("""
            - id: no-secondary
              severity: serious
              guidance: "#x"
              children: { select: ".ds-b--secondary, .ds-b--warning", max: 0 }
              message: { en: "Not allowed.", es: "No permitido." }
            """, "<div class='ds-x'><i class='ds-b--warning'>1</i><i class='ds-b--secondary ds-b--warning'>2</i><i class='ds-b--secondary'>3</i></div>");

        Assert.Equal(3, violations.Count);
        Assert.Equal(["1", "2", "3"], violations.Select(v => v.Snippet!.Replace("</i>", string.Empty, StringComparison.Ordinal)[^1..]));
    }

    [Fact]
    public void References_resolve_on_the_page_or_inside_the_instance()
    {
        const string Rules = """
            - id: controls
              severity: serious
              wcag: ["4.1.2"]
              on: button
              reference: { attribute: aria-controls, target: ul, within: instance }
              message: { en: "'{id}' is not here.", es: "«{id}» no está aquí." }
            - id: described
              severity: serious
              wcag: ["1.3.1"]
              on: input
              reference: { attribute: aria-describedby }
              message: { en: "'{id}' is missing.", es: "Falta «{id}»." }
            """;

        var violations = Evaluate(Rules, """
            <ul id="outside"></ul><p id="hint">Hint</p>
            <div class="ds-x">
              <button aria-controls="inside">Ok</button><ul id="inside"></ul>
              <button aria-controls="outside">Elsewhere</button>
              <button aria-controls="hint">Not a list</button>
              <input aria-describedby="hint  nowhere">
            </div>
            """);

        Assert.Equal(
            ["x/controls: 'outside' is not here.", "x/controls: 'hint' is not here.", "x/described: 'nowhere' is missing."],
            violations.Select(v => $"{v.RuleId}: {v.Message("en")}"));
    }

    [Fact]
    public void A_repeated_component_with_repeated_ids_is_judged_by_its_own_copy()
    {
        var violations = Evaluate("""
            - id: labelled
              severity: moderate
              wcag: ["1.3.1"]
              reference: { attribute: aria-labelledby, target: h2, within: instance }
              message: { en: "'{id}' is not my title.", es: "«{id}» no es mi título." }
            """, """
            <div class="ds-x" aria-labelledby="title"><h2 id="title">First</h2></div>
            <div class="ds-x" aria-labelledby="title"><h2 id="title">Second</h2></div>
            <div class="ds-x" aria-labelledby="title"><p>No title of its own</p></div>
            """);

        Assert.Equal("'title' is not my title.", Assert.Single(violations).Message("en"));
    }

    [Fact]
    public void Conditions_select_which_instances_a_rule_checks()
    {
        var violations = Evaluate("""
            - id: error-message
              severity: serious
              wcag: ["3.3.1"]
              when: { matches: .ds-x--error, notContains: .ok }
              children: { select: .ds-error, min: 1 }
              message: { en: "No error message.", es: "Sin mensaje de error." }
            """, """
            <div class="ds-x" id="plain"></div>
            <div class="ds-x ds-x--error" id="with"><p class="ds-error">E</p></div>
            <div class="ds-x ds-x--error" id="without"></div>
            <div class="ds-x ds-x--error" id="excused"><span class="ok"></span></div>
            """);

        Assert.Equal("#without", Assert.Single(violations).Selector);
    }

    [Fact]
    public void A_violation_names_its_element_and_speaks_both_languages()
    {
        var violation = Assert.Single(Evaluate("""
            - id: modifier
              severity: moderate
              guidance: "#modifiers"
              modifiers: [big]
              message: { en: "{class} is unknown; use {allowed}.", es: "{class} no existe; use {allowed}." }
            """, "<section><p>Text</p><div class='ds-x ds-x--big'></div><div class='ds-x ds-x--huge' data-n=1>x</div></section>"));

        Assert.Equal("x/modifier", violation.RuleId);
        Assert.Equal("#main-content > section > div.ds-x:nth-of-type(2)", violation.Selector);
        Assert.Equal("<div class=\"ds-x ds-x--huge\" data-n=\"1\">x</div>", violation.Snippet);
        Assert.Equal("ds-x--huge is unknown; use ds-x--big.", violation.Message("en"));
        Assert.Equal("ds-x--huge no existe; use ds-x--big.", violation.Message("es"));
        Assert.Equal("ds-x--huge", violation.Discriminator);
        Assert.Equal("https://servicestandard.dev/design-system/components/x/#modifiers", violation.HelpUrl);
    }

    [Fact]
    public void Page_rules_run_once_per_page_and_count_instances()
    {
        var evaluation = Engine("""
            - id: one-h1
              severity: moderate
              wcag: ["1.3.1"]
              count: { select: h1, max: 1 }
              message: { en: "h1 number {count}.", es: "h1 número {count}." }
            """).Evaluate(Page("<h1>A</h1><div class='ds-x'></div><div class='ds-x'><h1>B</h1></div><h1>C</h1>"));

        Assert.Equal(["h1 number 3.", "h1 number 3."], evaluation.Violations.Select(v => v.Message("en")));
        Assert.Equal(2, evaluation.Instances["x"]);
        Assert.Equal("https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships", evaluation.Violations[0].HelpUrl);
    }

    [Fact]
    public void Only_what_the_contracts_ask_about_is_indexed()
    {
        var engine = Engine("""
            - id: text
              severity: serious
              wcag: ["4.1.2"]
              on: "span.ds-x__label, em"
              referencedBy: { attribute: aria-labelledby }
              message: { en: "Not used.", es: "Sin uso." }
            """);

        Assert.Equal(["ds-x", "ds-x__label"], engine.Plan.Classes.Order(StringComparer.Ordinal));
        Assert.Equal(["em"], engine.Plan.Tags);
        Assert.Equal(["aria-labelledby"], engine.Plan.ReverseReferenceAttributes);
    }

    internal static ContractEngine Engine(string rules)
    {
        var yaml = $"""
            schemaVersion: 1
            id: x
            name: {"{"} en: X, es: X {"}"}
            status: stable
            since: 0.1.0
            contract:
              root: .ds-x
              rules:
            {Indent(rules, "    ")}
            """;
        var result = ComponentLoader.Parse(yaml, "x.yml");
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return new ContractEngine([result.Value!.Contract]);
    }

    private static IReadOnlyList<ContractViolation> Evaluate(string rules, string body) => Engine(rules).Evaluate(Page(body)).Violations;

    private static string Page(string body) => body.Contains("<main", StringComparison.Ordinal)
        ? $"<!DOCTYPE html><html lang=en><head><title>T</title></head><body>{body}</body></html>"
        : $"<!DOCTYPE html><html lang=en><head><title>T</title></head><body><main id=main-content>{body}</main></body></html>";

    private static string Indent(string text, string prefix) =>
        string.Join('\n', text.Split('\n').Select(line => prefix + line));
}
