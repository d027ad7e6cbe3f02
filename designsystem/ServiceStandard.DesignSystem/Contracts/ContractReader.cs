using System.Text.RegularExpressions;
using ServiceStandard.DesignSystem.Contracts.Assertions;
using ServiceStandard.DesignSystem.Engine;
using ServiceStandard.Standard;
using ServiceStandard.Standard.Wcag;
using ServiceStandard.Kernel.Yaml;
using YamlDotNet.RepresentationModel;
using ServiceStandard.Kernel;

namespace ServiceStandard.DesignSystem.Contracts;

/// <summary>
/// Reads the <c>contract</c> section of a component file, reporting every problem at its file,
/// line and column: unknown keys, invalid selectors and patterns, unknown WCAG criteria, rules
/// with no assertion or two, placeholders a rule's assertion does not fill, duplicate rule ids.
/// The language is documented in docs/contracts.md and docs/schemas/component.schema.json.
/// </summary>
public static partial class ContractReader
{
    public static readonly string[] ContractKeys = ["root", "block", "rules"];

    public static readonly string[] RuleKeys = ["id", "severity", "message", "help", "wcag", "guidance", "when", "on"];

    /// <summary>The assertion keys, of which a rule has exactly one.</summary>
    public static readonly string[] AssertionKeys =
        ["element", "attributes", "children", "reference", "referencedBy", "modifiers", "matches", "inside", "text", "firstFocusable", "firstIn", "count", "deprecated"];

    private static readonly string[] ConditionKeys = ["matches", "notMatches", "contains", "notContains"];
    private static readonly string[] AttributesKeys = ["required", "forbidden", "values", "pattern"];
    private static readonly string[] CountKeys = ["select", "min", "max"];
    private static readonly string[] ReferenceKeys = ["attribute", "target", "within"];
    private static readonly string[] ReferencedByKeys = ["attribute", "select", "within"];
    private static readonly string[] DeprecatedKeys = ["classes", "replacement"];
    private static readonly string[] Severities = ["minor", "moderate", "serious", "critical"];

    /// <param name="docsUrl">The component's documentation page; a rule's <c>guidance: "#anchor"</c> is relative to it.</param>
    public static Contract? Read(YamlNode node, string componentId, string docsUrl, YamlReadContext context, LanguageSettings languages)
    {
        var map = YamlMapping.Read(node, $"the contract of {componentId}", context, ContractKeys);
        if (map is null)
        {
            return null;
        }

        var root = ReadSelector(map, "root", context, required: true);
        var block = map.GetString("block") ?? root?.KeyClass;
        if (root is not null && root.KeyClass is null)
        {
            context.Error(map.Get("root")!, $"the root selector '{root.Text}' must name one class in its last part (for example .ds-button or a.ds-back-link), so instances are found from the class index; a list (a, b) is not allowed here");
        }

        var ruleNodes = map.GetList("rules", required: true);
        if (map.Get("rules") is YamlSequenceNode { Children.Count: 0 } empty)
        {
            context.Error(empty, $"the contract of {componentId} has no rules; add at least one under 'rules'");
        }

        var deprecatedClasses = DeprecatedClasses(ruleNodes);
        var rules = new List<ContractRule>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var reader = new RuleReader(componentId, docsUrl, block, deprecatedClasses, context, languages);
        for (var i = 0; i < ruleNodes.Count; i++)
        {
            if (reader.Read(ruleNodes[i], i, seen) is { } rule)
            {
                rules.Add(rule);
            }
        }

        if (root is null || root.KeyClass is null || block is null || context.HasErrors)
        {
            return null;
        }

        return new Contract(componentId, root, block, rules, context.Locate(node));
    }

    internal static CompiledSelector? ReadSelector(YamlMapping map, string key, YamlReadContext context, bool required = false)
    {
        var text = map.GetString(key, required);
        return text is null ? null : CompileSelector(text, map.Get(key)!, context);
    }

    private static CompiledSelector? CompileSelector(string text, YamlNode node, YamlReadContext context)
    {
        var selector = CompiledSelector.TryCompile(text, out var problem);
        if (selector is null)
        {
            context.Error(node, problem!);
        }

        return selector;
    }

    /// <summary>The classes the contract's <c>deprecated</c> rules name, which its <c>modifiers</c> rules then know.</summary>
    private static HashSet<string> DeprecatedClasses(IReadOnlyList<YamlNode> rules)
    {
        var classes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules.OfType<YamlMappingNode>())
        {
            if (rule.Children.TryGetValue(new YamlScalarNode("deprecated"), out var deprecated)
                && deprecated is YamlMappingNode map
                && map.Children.TryGetValue(new YamlScalarNode("classes"), out var list)
                && list is YamlSequenceNode sequence)
            {
                classes.UnionWith(sequence.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty));
            }
        }

        return classes;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex KebabCase();

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex AttributeName();

    [GeneratedRegex("^-?[_a-zA-Z][_a-zA-Z0-9-]*$")]
    private static partial Regex ClassName();

    /// <summary>Reads one rule; holds what every rule of the contract shares.</summary>
    private sealed class RuleReader(
        string componentId,
        string docsUrl,
        string? block,
        IReadOnlyCollection<string> deprecatedClasses,
        YamlReadContext context,
        LanguageSettings languages)
    {
        public ContractRule? Read(YamlNode node, int index, HashSet<string> seen)
        {
            var idText = (node as YamlMappingNode)?.Children.FirstOrDefault(c => c.Key is YamlScalarNode { Value: "id" }).Value is YamlScalarNode s ? s.Value : null;
            var what = idText is null ? $"rule {index + 1} of {componentId}" : $"rule {componentId}/{idText}";
            var map = YamlMapping.Read(node, what, context, [.. RuleKeys, .. AssertionKeys]);
            if (map is null)
            {
                return null;
            }

            var id = map.GetString("id", required: true);
            if (id is not null && !KebabCase().IsMatch(id))
            {
                context.Error(map.Get("id")!, $"the rule id '{id}' must be lowercase words joined by hyphens (for example unknown-modifier)");
            }
            else if (id is not null && !seen.Add(id))
            {
                context.Error(map.Get("id")!, $"the rule id '{id}' is used twice in the contract of {componentId}; rule ids must be unique");
            }

            var severity = ReadSeverity(map);
            var message = ReadText(map, "message", $"the message of {what}", required: true);
            var help = ReadText(map, "help", $"the help of {what}", required: false);
            var wcag = ReadWcag(map);
            var helpUrl = ReadHelpUrl(map, wcag, what);
            var on = ReadSelector(map, "on", context);
            var when = ReadCondition(map, what);
            var assertion = ReadAssertion(map, what, on);

            if (assertion is PageAssertion)
            {
                foreach (var key in new[] { "on", "when" }.Where(map.Has))
                {
                    context.Error(map.Get(key)!, $"'{key}' does not apply to {what}: its '{assertion.Kind}' assertion is a page rule, checked once per page");
                }
            }

            if (assertion is not null)
            {
                CheckPlaceholders(map, "message", message, assertion, what);
                CheckPlaceholders(map, "help", help, assertion, what);
            }

            if (id is null || severity is null || message is null || helpUrl is null || assertion is null)
            {
                return null;
            }

            return new ContractRule(componentId, id, severity.Value, message, help, wcag, helpUrl, when, on, assertion, context.Locate(node));
        }

        private ContractSeverity? ReadSeverity(YamlMapping map)
        {
            var text = map.GetString("severity", required: true);
            if (text is null)
            {
                return null;
            }

            if (!Severities.Contains(text))
            {
                context.Error(map.Get("severity")!, $"severity '{text}' is not one of: {string.Join(", ", Severities)}");
                return null;
            }

            return Enum.Parse<ContractSeverity>(text, ignoreCase: true);
        }

        private LocalizedText? ReadText(YamlMapping map, string key, string what, bool required)
        {
            var node = required ? map.Require(key) : map.Get(key);
            return node is null ? null : LocalizedTextReader.Read(node, what, context, languages);
        }

        private List<string> ReadWcag(YamlMapping map)
        {
            var numbers = new List<string>();
            foreach (var item in map.GetList("wcag"))
            {
                var number = YamlMapping.ReadString(item, "a WCAG success criterion", context);
                if (number is null)
                {
                    continue;
                }

                var criterion = WcagCatalog.Wcag22.Find(number);
                if (criterion is null)
                {
                    context.Error(item, $"'{number}' is not a WCAG 2.2 success criterion; write its number, for example 1.3.1");
                }
                else if (criterion.Obsolete)
                {
                    context.Error(item, $"{number} is obsolete in WCAG 2.2; link the criterion the rule really tests");
                }
                else
                {
                    numbers.Add(number);
                }
            }

            return numbers;
        }

        private string? ReadHelpUrl(YamlMapping map, List<string> wcag, string what)
        {
            var guidance = map.GetString("guidance");
            if (guidance is not null)
            {
                if (guidance.StartsWith('#') && guidance.Length > 1)
                {
                    return docsUrl + guidance;
                }

                if (Uri.TryCreate(guidance, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
                {
                    return guidance;
                }

                context.Error(map.Get("guidance")!, $"guidance '{guidance}' must be an http(s) link, or '#anchor' on the component's page ({docsUrl})");
                return null;
            }

            if (wcag.Count > 0)
            {
                return WcagCatalog.Wcag22.Find(wcag[0])!.Url.ToString();
            }

            if (!map.Has("wcag"))
            {
                context.Error(map.Node, $"{what} needs a link for people who must fix it: a 'wcag' list of success criteria, or a 'guidance' link");
            }

            return null;
        }

        private RuleCondition? ReadCondition(YamlMapping map, string what)
        {
            var node = map.Get("when");
            if (node is null)
            {
                return null;
            }

            var condition = YamlMapping.Read(node, $"'when' of {what}", context, ConditionKeys);
            if (condition is null)
            {
                return null;
            }

            if (!ConditionKeys.Any(condition.Has))
            {
                context.Error(node, $"'when' of {what} needs at least one of: {string.Join(", ", ConditionKeys)}");
            }

            return new RuleCondition(
                ReadSelector(condition, "matches", context),
                ReadSelector(condition, "notMatches", context),
                ReadSelector(condition, "contains", context),
                ReadSelector(condition, "notContains", context));
        }

        private Assertion? ReadAssertion(YamlMapping map, string what, CompiledSelector? on)
        {
            var present = AssertionKeys.Where(map.Has).ToList();
            if (present.Count == 0)
            {
                context.Error(map.Node, $"{what} asserts nothing; give it one of: {string.Join(", ", AssertionKeys)}");
                return null;
            }

            if (present.Count > 1)
            {
                context.Error(map.Get(present[1])!, $"{what} has two assertions ('{present[0]}' and '{present[1]}'); split it into two rules, each with its own id and message");
                return null;
            }

            var key = present[0];
            var node = map.Get(key)!;
            var at = $"'{key}' of {what}";
            return key switch
            {
                "element" => ReadElement(map, at),
                "attributes" => ReadAttributes(node, at),
                "children" => ReadCounted(node, at, (s, min, max) => new ChildrenAssertion(s, min, max)),
                "count" => ReadCounted(node, at, (s, min, max) => new CountAssertion(s, min, max)),
                "reference" => ReadReference(node, at, ReferenceKeys, "target", (a, s, w) => new ReferenceAssertion(a, s, w)),
                "referencedBy" => ReadReference(node, at, ReferencedByKeys, "select", (a, s, w) => new ReferencedByAssertion(a, s, w)),
                "modifiers" => ReadModifiers(map, at, on),
                "matches" => ReadSelector(map, key, context) is { } m ? new MatchesAssertion(m) : null,
                "inside" => ReadSelector(map, key, context) is { } i ? new InsideAssertion(i) : null,
                "firstIn" => ReadSelector(map, key, context) is { } f ? new FirstInAssertion(f) : null,
                "text" => ReadFlag(node, at, "required", "text: required") ? new TextAssertion() : null,
                "firstFocusable" => ReadFlag(node, at, "true", "firstFocusable: true") ? new FirstFocusableAssertion() : null,
                "deprecated" => ReadDeprecated(node, at),
                _ => throw new InvalidOperationException($"unhandled assertion key {key}"),
            };
        }

        private ElementNameAssertion? ReadElement(YamlMapping map, string at)
        {
            var names = map.GetStringList("element");
            var node = map.Get("element")!;
            if (node is YamlSequenceNode { Children.Count: 0 })
            {
                context.Error(node, $"{at} lists no element names");
                return null;
            }

            foreach (var (name, item) in names.Zip(((node as YamlSequenceNode)?.Children ?? []).AsEnumerable()))
            {
                if (!AttributeName().IsMatch(name))
                {
                    context.Error(item, $"'{name}' in {at} is not an HTML element name (lowercase, for example button)");
                }
            }

            return names.Count == 0 ? null : new ElementNameAssertion(names);
        }

        private AttributesAssertion? ReadAttributes(YamlNode node, string at)
        {
            var map = YamlMapping.Read(node, at, context, AttributesKeys);
            if (map is null)
            {
                return null;
            }

            if (!AttributesKeys.Any(map.Has))
            {
                context.Error(node, $"{at} needs at least one of: {string.Join(", ", AttributesKeys)}");
                return null;
            }

            var required = AttributeNames(map, "required", at);
            var forbidden = AttributeNames(map, "forbidden", at);
            var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (FreeMapping(map, "values", at) is { } valuesNode)
            {
                foreach (var (keyNode, valueNode) in valuesNode.Children)
                {
                    var name = ((YamlScalarNode)keyNode).Value!;
                    var allowed = valueNode is YamlSequenceNode sequence
                        ? sequence.Children.Select(c => YamlMapping.ReadString(c, $"a value of '{name}' in {at}", context)).OfType<string>().ToList()
                        : null;
                    if (allowed is null || allowed.Count == 0)
                    {
                        context.Error(valueNode, $"the allowed values of '{name}' in {at} must be a list, for example {name}: [submit, button]");
                        continue;
                    }

                    values[name] = allowed;
                }
            }

            var patterns = new Dictionary<string, Regex>(StringComparer.Ordinal);
            if (FreeMapping(map, "pattern", at) is { } patternNode)
            {
                foreach (var (keyNode, valueNode) in patternNode.Children)
                {
                    var name = ((YamlScalarNode)keyNode).Value!;
                    var text = YamlMapping.ReadString(valueNode, $"the pattern of '{name}' in {at}", context);
                    if (text is null)
                    {
                        continue;
                    }

                    try
                    {
                        patterns[name] = new Regex(text, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                    }
                    catch (ArgumentException ex)
                    {
                        context.Error(valueNode, $"the pattern of '{name}' in {at} is not a valid regular expression: {ex.Message}");
                    }
                }
            }

            return new AttributesAssertion(required, forbidden, values, patterns);
        }

        /// <summary>A mapping from attribute names to values (<c>values</c>, <c>pattern</c>), its keys checked as attribute names.</summary>
        private YamlMappingNode? FreeMapping(YamlMapping map, string key, string at)
        {
            var node = map.Get(key);
            if (node is null)
            {
                return null;
            }

            if (node is not YamlMappingNode mapping)
            {
                context.Error(node, $"'{key}' in {at} must map attribute names to values, found {YamlNodeKind.Describe(node)}");
                return null;
            }

            foreach (var keyNode in mapping.Children.Keys)
            {
                if (keyNode is not YamlScalarNode { Value: { } name } || !AttributeName().IsMatch(name))
                {
                    context.Error(keyNode, $"keys of '{key}' in {at} must be attribute names (lowercase, for example type)");
                    return null;
                }
            }

            return mapping;
        }

        private IReadOnlyList<string> AttributeNames(YamlMapping map, string key, string at)
        {
            var names = map.GetStringList(key);
            var items = (map.Get(key) as YamlSequenceNode)?.Children ?? [];
            foreach (var (name, item) in names.Zip(items))
            {
                if (!AttributeName().IsMatch(name))
                {
                    context.Error(item, $"'{name}' in '{key}' of {at} is not an attribute name (lowercase, for example aria-describedby)");
                }
            }

            return names;
        }

        private T? ReadCounted<T>(YamlNode node, string at, Func<CompiledSelector, int?, int?, T> create)
            where T : Assertion
        {
            var map = YamlMapping.Read(node, at, context, CountKeys);
            if (map is null)
            {
                return null;
            }

            var select = ReadSelector(map, "select", context, required: true);
            var min = map.GetInt("min");
            var max = map.GetInt("max");
            if (!map.Has("min") && !map.Has("max"))
            {
                context.Error(node, $"{at} needs 'min', 'max' or both");
            }

            foreach (var (key, value) in new[] { ("min", min), ("max", max) })
            {
                if (value < 0)
                {
                    context.Error(map.Get(key)!, $"'{key}' in {at} must not be negative");
                }
            }

            if (min is not null && max is not null && min > max)
            {
                context.Error(map.Get("min")!, $"'min' ({min}) in {at} is more than 'max' ({max})");
            }

            return select is null ? null : create(select, min, max);
        }

        private T? ReadReference<T>(YamlNode node, string at, string[] keys, string selectorKey, Func<string, CompiledSelector?, ReferenceScope, T> create)
            where T : Assertion
        {
            var map = YamlMapping.Read(node, at, context, keys);
            if (map is null)
            {
                return null;
            }

            var attribute = map.GetString("attribute", required: true);
            if (attribute is not null && !AttributeName().IsMatch(attribute))
            {
                context.Error(map.Get("attribute")!, $"'{attribute}' in {at} is not an attribute name (lowercase, for example aria-describedby)");
                attribute = null;
            }

            var selector = ReadSelector(map, selectorKey, context);
            var within = map.GetString("within") ?? "page";
            if (within is not ("page" or "instance"))
            {
                context.Error(map.Get("within")!, $"'within' in {at} must be page or instance, found '{within}'");
                return null;
            }

            return attribute is null ? null : create(attribute, selector, within == "page" ? ReferenceScope.Page : ReferenceScope.Instance);
        }

        private ModifiersAssertion? ReadModifiers(YamlMapping map, string at, CompiledSelector? on)
        {
            var node = map.Get("modifiers")!;
            var names = map.GetStringList("modifiers");
            var modifierBlock = on is null ? block : on.KeyClass;
            if (modifierBlock is null)
            {
                context.Error(node, $"{at}: the selector in 'on' must name one class in its last part; the modifiers extend that class");
                return null;
            }

            var items = (node as YamlSequenceNode)?.Children ?? [];
            foreach (var (name, item) in names.Zip(items))
            {
                if (name.StartsWith(modifierBlock + "--", StringComparison.Ordinal))
                {
                    context.Error(item, $"write the modifier without its block: '{name[(modifierBlock.Length + 2)..]}', not '{name}'");
                }
                else if (!KebabCase().IsMatch(name))
                {
                    context.Error(item, $"'{name}' in {at} is not a modifier name (lowercase words joined by hyphens, for example secondary)");
                }
            }

            var deprecated = deprecatedClasses.Where(c => c.StartsWith(modifierBlock + "--", StringComparison.Ordinal)).ToList();
            return node is YamlSequenceNode ? new ModifiersAssertion(modifierBlock, names, deprecated) : null;
        }

        private bool ReadFlag(YamlNode node, string at, string expected, string example)
        {
            if (node is YamlScalarNode { Value: var value } && value == expected)
            {
                return true;
            }

            context.Error(node, $"{at} must be '{expected}' (write {example}), found {YamlNodeKind.Describe(node)}");
            return false;
        }

        private DeprecatedAssertion? ReadDeprecated(YamlNode node, string at)
        {
            var map = YamlMapping.Read(node, at, context, DeprecatedKeys);
            if (map is null)
            {
                return null;
            }

            var classes = map.GetStringList("classes", required: true);
            var items = (map.Get("classes") as YamlSequenceNode)?.Children ?? [];
            foreach (var (name, item) in classes.Zip(items))
            {
                if (!ClassName().IsMatch(name))
                {
                    context.Error(item, $"'{name}' in {at} is not a class name (write it without the dot, for example ds-tag--inactive)");
                }
            }

            if (map.Get("classes") is YamlSequenceNode { Children.Count: 0 } empty)
            {
                context.Error(empty, $"{at} lists no classes");
            }

            return classes.Count == 0 ? null : new DeprecatedAssertion(classes, map.GetString("replacement"));
        }

        private void CheckPlaceholders(YamlMapping map, string key, LocalizedText? text, Assertion assertion, string what)
        {
            if (text is null)
            {
                return;
            }

            var allowed = Assertion.CommonPlaceholders.Concat(assertion.Placeholders).ToHashSet(StringComparer.Ordinal);
            foreach (var (language, value) in text.Values)
            {
                foreach (var name in MessageText.Placeholders(value).Where(p => !allowed.Contains(p)).Distinct())
                {
                    context.Error(map.Get(key)!, $"the '{language}' {key} of {what} uses {{{name}}}, which its '{assertion.Kind}' assertion does not fill; it can use {string.Join(", ", allowed.Order(StringComparer.Ordinal).Select(p => "{" + p + "}"))}");
                }
            }
        }
    }
}
