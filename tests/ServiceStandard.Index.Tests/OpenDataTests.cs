using System.Text;
using System.Text.Json;
using ServiceStandard.Index.Publishing;
using ServiceStandard.Testing;

namespace ServiceStandard.Index.Tests;

/// <summary>The open data: JSON that its schema accepts, and CSV a spreadsheet opens without running anything an institution wrote.</summary>
public sealed class OpenDataTests
{
    [Fact]
    public async Task The_served_json_is_valid_against_its_schema_and_names_the_method()
    {
        await using var index = await SeededIndex.StartAsync("sqlite");
        var json = await index.GetTextAsync("data/index-2026.json");

        var errors = await JsonSchemaErrors.OfJsonAsync(json, "index-open-data.schema.json");
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(e => $"{e.Path}: {e.Kind}")));
        using var document = JsonDocument.Parse(json);
        Assert.Equal("1.0.0", document.RootElement.GetProperty("method").GetProperty("version").GetString());
        Assert.Equal(4, document.RootElement.GetProperty("services").GetArrayLength());
        Assert.Contains(document.RootElement.GetProperty("institutions").EnumerateArray(), i => i.GetProperty("nameEn").GetString() == SeededIndex.HostileNameEn);
    }

    [Fact]
    public async Task The_schema_refuses_what_the_open_data_must_not_be()
    {
        await using var index = await SeededIndex.StartAsync("sqlite");
        var json = await index.GetTextAsync("data/index-2026.json");
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        node["institutions"]![0]!["score"] = 140;
        node["institutions"]![1]!["status"] = "excellent";
        node.AsObject().Remove("method");

        var errors = await JsonSchemaErrors.OfJsonAsync(node.ToJsonString(), "index-open-data.schema.json");

        Assert.Contains(errors, e => e.Path.Contains("institutions[0].score", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path.Contains("institutions[1].status", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path.Contains("method", StringComparison.Ordinal));
    }

    [Fact]
    public void The_schema_follows_the_project_conventions_draft_07_described_and_closed()
    {
        var schema = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(JsonSchemaErrors.SchemaPath("index-open-data.schema.json")))!.AsObject();
        Assert.Equal("http://json-schema.org/draft-07/schema#", (string?)schema["$schema"]);
        Assert.Equal("https://servicestandard.dev/schemas/index-open-data.schema.json", (string?)schema["$id"]);
        var problems = new List<string>();
        void Walk(System.Text.Json.Nodes.JsonNode? node, string path)
        {
            if (node is System.Text.Json.Nodes.JsonObject obj)
            {
                foreach (var group in new[] { "properties", "definitions" })
                {
                    if (obj[group] is System.Text.Json.Nodes.JsonObject members)
                    {
                        problems.AddRange(members.Where(m => m.Value?["description"] is null).Select(m => $"{path}/{group}/{m.Key}: no description"));
                    }
                }

                if (obj["properties"] is not null && obj["additionalProperties"]?.GetValue<bool>() != false)
                {
                    problems.Add($"{path}: not closed");
                }

                foreach (var (key, child) in obj)
                {
                    Walk(child, $"{path}/{key}");
                }
            }
            else if (node is System.Text.Json.Nodes.JsonArray array)
            {
                foreach (var item in array)
                {
                    Walk(item, path);
                }
            }
        }

        Walk(schema, "#");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task The_csv_defuses_formulas_quotes_cells_and_keeps_negative_numbers()
    {
        await using var index = await SeededIndex.StartAsync("sqlite");
        var csv = await index.GetTextAsync("data/institutions-2026.csv");
        var rows = Csv.Parse(csv);

        Assert.Equal(OpenDataCsv.InstitutionColumns, rows[0]);
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(OpenDataCsv.InstitutionColumns.Count, r.Count));
        var hostile = rows.Single(r => r[4] == "hostile");
        Assert.Equal("'" + SeededIndex.HostileNameEn, hostile[5]);
        Assert.Equal("'" + SeededIndex.HostileNameEs, hostile[6]);
        Assert.Equal("'" + SeededIndex.HostileRegion, hostile[8]);
        Assert.All(rows.Skip(1), r => Assert.Equal("1.0.0", r[1]));
        Assert.Contains("\r\n", csv, StringComparison.Ordinal);

        var services = Csv.Parse(await index.GetTextAsync("data/services-2026.csv"));
        Assert.Equal(5, services.Count);
        Assert.Equal("javascript:alert(1)", services.Single(r => r[3] == "permisos")[6]);
        Assert.Equal(SeededIndex.HostileService, services.Single(r => r[3] == "tramites")[4]);
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("=a,\"b\"", "\"'=a,\"\"b\"\"\"")]
    [InlineData(" padded", "\" padded\"")]
    [InlineData("Ministerio de Obras Públicas", "Ministerio de Obras Públicas")]
    [InlineData("", "")]
    public void A_text_cell_is_defused_then_quoted(string value, string written) => Assert.Equal(written, OpenDataCsv.Text(value));

    /// <summary>An RFC 4180 reader, to read the files back as a spreadsheet would.</summary>
    private static class Csv
    {
        public static List<List<string>> Parse(string text)
        {
            var rows = new List<List<string>>();
            var row = new List<string>();
            var cell = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        cell.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        cell.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    row.Add(cell.ToString());
                    cell.Clear();
                }
                else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    row.Add(cell.ToString());
                    cell.Clear();
                    rows.Add(row);
                    row = [];
                    i++;
                }
                else
                {
                    cell.Append(c);
                }
            }

            return rows;
        }
    }
}
