using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace SampleService.Infrastructure;

/// <summary>What the applicant has told us so far. Kept in the ASP.NET session, one per variant.</summary>
public sealed class Answers
{
    public string? FullName { get; set; }

    public string? DobDay { get; set; }

    public string? DobMonth { get; set; }

    public string? DobYear { get; set; }

    public string? AddressLine1 { get; set; }

    public string? Town { get; set; }

    public string? Postcode { get; set; }

    public string? PermitType { get; set; }

    public bool Declared { get; set; }

    public string? Reference { get; set; }

    public DateOnly? DateOfBirth =>
        int.TryParse(DobDay, NumberStyles.None, CultureInfo.InvariantCulture, out var d) &&
        int.TryParse(DobMonth, NumberStyles.None, CultureInfo.InvariantCulture, out var m) &&
        int.TryParse(DobYear, NumberStyles.None, CultureInfo.InvariantCulture, out var y) &&
        y is >= 1 and <= 9999 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m)
            ? new DateOnly(y, m, d)
            : null;

    /// <summary>The first step still to answer, or null when the application can be sent.</summary>
    public string? FirstIncompleteStep() =>
        string.IsNullOrWhiteSpace(FullName) ? "name"
        : DateOfBirth is null ? "date-of-birth"
        : string.IsNullOrWhiteSpace(AddressLine1) || string.IsNullOrWhiteSpace(Town) || string.IsNullOrWhiteSpace(Postcode) ? "address"
        : PermitTypes.IsKnown(PermitType) ? (Declared ? null : "declaration")
        : "permit-type";

    /// <summary>A reference derived from the answers, so the same application always gets the same one.</summary>
    public string ComputeReference()
    {
        var text = string.Join('\u001f', FullName, DobDay, DobMonth, DobYear, AddressLine1, Town, Postcode, PermitType);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        var hex = Convert.ToHexString(hash, 0, 4);
        return $"FP-{hex[..4]}-{hex[4..]}";
    }
}

public static class PermitTypes
{
    public static IReadOnlyList<string> All { get; } = ["annual", "weekly", "day"];

    public static bool IsKnown(string? value) => value is not null && All.Contains(value);
}

public static class AnswersStore
{
    private static string Key(string variant) => "answers:" + variant;

    public static Answers Load(ISession session, string variant)
    {
        ArgumentNullException.ThrowIfNull(session);
        var json = session.GetString(Key(variant));
        return json is null ? new Answers() : JsonSerializer.Deserialize<Answers>(json) ?? new Answers();
    }

    public static void Save(ISession session, string variant, Answers answers)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.SetString(Key(variant), JsonSerializer.Serialize(answers));
    }

    public static void Clear(ISession session, string variant)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.Remove(Key(variant));
    }
}
