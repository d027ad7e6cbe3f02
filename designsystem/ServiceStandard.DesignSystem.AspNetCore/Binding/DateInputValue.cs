using System.Globalization;

namespace ServiceStandard.DesignSystem.AspNetCore.Binding;

/// <summary>
/// What a person typed into a date input, kept as typed (so "31", "2", "2024" and "x" can be shown
/// back with an error), and the date when the three parts make one. Bind to this instead of
/// <see cref="DateOnly"/> when a page must keep half-typed dates, such as a save-as-draft.
/// </summary>
public sealed record DateInputValue(string? Day, string? Month, string? Year)
{
    public static DateInputValue From(DateOnly date) =>
        new(date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture));

    public bool IsEmpty => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    /// <summary>The date, when every part is a number in range and together they are a real date.</summary>
    public DateOnly? Date =>
        DateParts.Number(Day, 1, 31) is { } d && DateParts.Number(Month, 1, 12) is { } m && DateParts.Number(Year, 1, 9999) is { } y && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    /// <summary>The parts that are missing (blank).</summary>
    public IReadOnlyList<DatePart> Missing =>
        [.. DateParts.All.Where(p => string.IsNullOrWhiteSpace(this[p]))];

    /// <summary>The parts that are given but are not a number in their range.</summary>
    public IReadOnlyList<DatePart> OutOfRange =>
        [.. DateParts.All.Where(p => !string.IsNullOrWhiteSpace(this[p]) && DateParts.Number(this[p], 1, DateParts.Maximum(p)) is null)];

    public string? this[DatePart part] => part switch
    {
        DatePart.Day => Day,
        DatePart.Month => Month,
        _ => Year,
    };
}

/// <summary>The three inputs of a date, in the order they are shown.</summary>
public enum DatePart
{
    Day,
    Month,
    Year,
}

/// <summary>Names and ranges of the parts: the input of <c>passportIssued</c>'s day is <c>passportIssued-day</c>.</summary>
public static class DateParts
{
    public static IReadOnlyList<DatePart> All { get; } = [DatePart.Day, DatePart.Month, DatePart.Year];

    /// <summary>The suffix of the part's input name and id: <c>day</c>, <c>month</c>, <c>year</c>.</summary>
    public static string Suffix(DatePart part) => part switch
    {
        DatePart.Day => "day",
        DatePart.Month => "month",
        _ => "year",
    };

    public static string FieldName(string dateName, DatePart part) => $"{dateName}-{Suffix(part)}";

    internal static int Maximum(DatePart part) => part switch
    {
        DatePart.Day => 31,
        DatePart.Month => 12,
        _ => 9999,
    };

    internal static int? Number(string? text, int minimum, int maximum) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= minimum && n <= maximum ? n : null;
}
