using System.Globalization;
using System.Text.RegularExpressions;

namespace ServiceStandard.Index.Periods;

/// <summary>
/// A period of the index: a year (<c>2026</c>) or a quarter (<c>2026-Q2</c>). An assessment belongs to
/// the period its run started in (UTC); the latest one of a service in a period is the one that counts.
/// </summary>
public sealed partial record IndexPeriod(string Id, DateTimeOffset Start, DateTimeOffset End) : IComparable<IndexPeriod>
{
    public static IndexPeriod Year(int year) =>
        new(year.ToString(CultureInfo.InvariantCulture), new DateTimeOffset(year, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(year + 1, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public static IndexPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var start = new DateTimeOffset(year, ((quarter - 1) * 3) + 1, 1, 0, 0, 0, TimeSpan.Zero);
        return new($"{year.ToString(CultureInfo.InvariantCulture)}-Q{quarter.ToString(CultureInfo.InvariantCulture)}", start, start.AddMonths(3));
    }

    /// <summary>Reads <c>2026</c> or <c>2026-Q2</c>; null for anything else.</summary>
    public static IndexPeriod? Parse(string? text)
    {
        var match = PeriodText().Match(text ?? string.Empty);
        if (!match.Success)
        {
            return null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        return match.Groups["quarter"].Success
            ? Quarter(year, int.Parse(match.Groups["quarter"].Value, CultureInfo.InvariantCulture))
            : Year(year);
    }

    /// <summary>The period of the same kind just before this one (2025 before 2026, 2026-Q1 before 2026-Q2).</summary>
    public IndexPeriod Previous()
    {
        if (!Id.Contains('Q', StringComparison.Ordinal))
        {
            return Year(Start.Year - 1);
        }

        var start = Start.AddMonths(-3);
        return Quarter(start.Year, ((start.Month - 1) / 3) + 1);
    }

    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    public int CompareTo(IndexPeriod? other) => other is null ? 1 : Start.CompareTo(other.Start);

    public override string ToString() => Id;

    [GeneratedRegex(@"^(?<year>(19|20|21)[0-9]{2})(-Q(?<quarter>[1-4]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodText();
}
