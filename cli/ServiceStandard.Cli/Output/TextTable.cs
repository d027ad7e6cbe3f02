namespace ServiceStandard.Cli.Output;

public enum ColumnAlignment
{
    Left,
    Right,
}

public sealed record TextColumn(string Header, ColumnAlignment Alignment = ColumnAlignment.Left);

/// <summary>A table of text, rendered with borders on a terminal and as aligned columns in plain output.</summary>
public sealed record TextTable(IReadOnlyList<TextColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
