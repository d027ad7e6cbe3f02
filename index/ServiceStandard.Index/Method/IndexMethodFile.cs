using System.Globalization;
using ServiceStandard.Kernel;
using ServiceStandard.Kernel.Diagnostics;
using ServiceStandard.Kernel.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ServiceStandard.Index.Method;

/// <summary>
/// Reads index-method.yml (docs/schemas/index-method.schema.json). Every problem is a located
/// diagnostic (<c>file:line:column</c>), all of them, never an exception.
/// </summary>
public static class IndexMethodFile
{
    public const string ShippedName = "index-method.yml";

    private static readonly LanguageSettings Languages = new("en", ["en", "es"]);

    private static readonly string[] TopKeys = ["version", "title", "summary", "outcomes", "weights", "findings", "minimumCoverage", "minimumServiceShare", "decimals"];

    /// <summary>The method that ships with the tool.</summary>
    public static IndexMethod Shipped()
    {
        using var stream = typeof(IndexMethodFile).Assembly.GetManifestResourceStream("index/index-method.yml")
            ?? throw new InvalidOperationException("index-method.yml is not embedded in ServiceStandard.Index");
        using var reader = new StreamReader(stream);
        var result = Parse(reader.ReadToEnd(), ShippedName);
        return result.Value ?? throw new InvalidOperationException("the shipped index-method.yml is invalid: " + string.Join("; ", result.Errors));
    }

    /// <summary>The shipped method's text, for <c>index method show</c> and the documentation.</summary>
    public static string ShippedText()
    {
        using var stream = typeof(IndexMethodFile).Assembly.GetManifestResourceStream("index/index-method.yml")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static LoadResult<IndexMethod> Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return LoadResult<IndexMethod>.Failed([Diagnostic.Error(new SourceLocation(path, 1, 1), $"cannot read the method file: {ex.Message}")]);
        }

        return Parse(text, path);
    }

    public static LoadResult<IndexMethod> Parse(string text, string fileName)
    {
        var (root, error) = YamlDocumentParser.Parse(text, fileName);
        if (root is null)
        {
            return LoadResult<IndexMethod>.Failed([error!]);
        }

        var context = new YamlReadContext(fileName);
        var top = YamlMapping.Read(root, "the index method", context, TopKeys);
        if (top is null)
        {
            return LoadResult<IndexMethod>.Failed(context.SortedDiagnostics());
        }

        var version = top.GetString("version", required: true);
        var title = ReadText(top, "title", context);
        var summary = ReadText(top, "summary", context);
        var outcomes = ReadOutcomes(top.Require("outcomes"), context);
        var (defaultWeight, criterionWeights, tagWeights) = ReadWeights(top.Require("weights"), context);
        var findings = ReadFindings(top.Require("findings"), context);
        var coverage = Number(top, "minimumCoverage", context, 0, 1);
        var serviceShare = Number(top, "minimumServiceShare", context, 0, 1);
        var decimals = top.GetInt("decimals", required: true);
        if (decimals is < 0 or > 4 && top.Get("decimals") is { } decimalsNode)
        {
            context.Error(decimalsNode, "'decimals' in the index method must be from 0 to 4");
        }

        if (context.HasErrors || version is null || title is null || summary is null || outcomes is null || defaultWeight is null || findings is null || coverage is null || serviceShare is null || decimals is null)
        {
            return LoadResult<IndexMethod>.Failed(context.SortedDiagnostics());
        }

        return new LoadResult<IndexMethod>(
            new IndexMethod(version, title, summary, outcomes, defaultWeight.Value, criterionWeights, tagWeights, findings, coverage.Value, serviceShare.Value, decimals.Value),
            context.SortedDiagnostics());
    }

    private static LocalizedText? ReadText(YamlMapping mapping, string key, YamlReadContext context)
    {
        var node = mapping.Require(key);
        var text = node is null ? null : LocalizedTextReader.Read(node, $"'{key}' of the index method", context, Languages);
        if (text is not null && !text.Has("es"))
        {
            context.Error(node!, $"'{key}' of the index method needs its Spanish text (es): the index is published in en and es");
        }

        return text;
    }

    private static OutcomeScores? ReadOutcomes(YamlNode? node, YamlReadContext context)
    {
        var mapping = node is null ? null : YamlMapping.Read(node, "'outcomes'", context, ["met", "needs-review", "not-met", "not-assessed"]);
        if (mapping is null)
        {
            return null;
        }

        var met = Number(mapping, "met", context, 0, 1);
        var review = Number(mapping, "needs-review", context, 0, 1);
        var notMet = Number(mapping, "not-met", context, 0, 1);
        var notAssessed = mapping.Require("not-assessed");
        if (notAssessed is not null && (notAssessed is not YamlScalarNode { Value: "excluded" }))
        {
            context.Error(notAssessed, $"'not-assessed' in 'outcomes' must be 'excluded', found {YamlNodeKind.Describe(notAssessed)}: a criterion that could not be assessed is left out of the score (lowering coverage), never scored as 0 or 100");
        }

        return met is null || review is null || notMet is null ? null : new OutcomeScores(met.Value, review.Value, notMet.Value);
    }

    private static (double? Default, IReadOnlyDictionary<string, double> Criteria, IReadOnlyDictionary<string, double> Tags) ReadWeights(YamlNode? node, YamlReadContext context)
    {
        var mapping = node is null ? null : YamlMapping.Read(node, "'weights'", context, ["default", "evidenceTags", "criteria"]);
        if (mapping is null)
        {
            return (null, new Dictionary<string, double>(), new Dictionary<string, double>());
        }

        var defaultWeight = Number(mapping, "default", context, 0, 100);
        return (defaultWeight, WeightMap(mapping.Get("criteria"), "'criteria' in 'weights'", context), WeightMap(mapping.Get("evidenceTags"), "'evidenceTags' in 'weights'", context));
    }

    private static Dictionary<string, double> WeightMap(YamlNode? node, string what, YamlReadContext context)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        if (node is null)
        {
            return weights;
        }

        if (node is not YamlMappingNode mapping)
        {
            context.Error(node, $"{what} must be a mapping of ids to weights, found {YamlNodeKind.Describe(node)}");
            return weights;
        }

        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (string.IsNullOrWhiteSpace(name))
            {
                context.Error(key, $"the ids in {what} must be plain words");
                continue;
            }

            var weight = NumberOf(value, $"the weight of '{name}' in {what}", context, 0, 100);
            if (weight is not null)
            {
                weights[name] = weight.Value;
            }
        }

        return weights;
    }

    private static FindingsWeight? ReadFindings(YamlNode? node, YamlReadContext context)
    {
        var mapping = node is null ? null : YamlMapping.Read(node, "'findings'", context, ["share", "perPageCap"]);
        if (mapping is null)
        {
            return null;
        }

        var share = Number(mapping, "share", context, 0, 1);
        var cap = mapping.GetInt("perPageCap", required: true);
        if (cap is < 1 && mapping.Get("perPageCap") is { } capNode)
        {
            context.Error(capNode, "'perPageCap' in 'findings' must be at least 1");
            return null;
        }

        return share is null || cap is null ? null : new FindingsWeight(share.Value, cap.Value);
    }

    private static double? Number(YamlMapping mapping, string key, YamlReadContext context, double min, double max)
    {
        var node = mapping.Require(key);
        return node is null ? null : NumberOf(node, $"'{key}' in {mapping.What}", context, min, max);
    }

    /// <summary>A number written as a number (1, 0.5): quoted text, words and out-of-range values are located errors.</summary>
    private static double? NumberOf(YamlNode node, string what, YamlReadContext context, double min, double max)
    {
        if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
            && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value))
        {
            if (value < min || value > max)
            {
                context.Error(node, $"{what} must be from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}, found {scalar.Value}");
                return null;
            }

            return value;
        }

        var quoted = node is YamlScalarNode { Style: not (ScalarStyle.Plain or ScalarStyle.Any) } q
            && double.TryParse(q.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
        context.Error(node, quoted
            ? $"{what} must be a number, not quoted text; remove the quotes"
            : $"{what} must be a number, found {YamlNodeKind.Describe(node)}");
        return null;
    }
}
