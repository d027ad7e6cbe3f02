using System.ComponentModel.DataAnnotations;
using ServiceStandard.DesignSystem.AspNetCore.Localization;

namespace ServiceStandard.DesignSystem.AspNetCore.Validation;

/// <summary>
/// A Chilean RUN/RUT (<c>[Run]</c> on a string property): 7 or 8 digits and a módulo 11 check digit
/// (0–9 or K), accepted with or without dots, dash and spaces, and a lowercase k. An empty value is
/// left to <c>[Required]</c>. The messages name the field and follow the request's language (en,
/// es), as the design system's national identity number pattern writes them.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class RunAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (value is not string text || string.IsNullOrWhiteSpace(text))
        {
            return ValidationResult.Success;
        }

        var key = Check(text);
        if (key is null)
        {
            return ValidationResult.Success;
        }

        var name = validationContext.DisplayName;
        return new ValidationResult(DesignSystemText.Format(key, name), validationContext.MemberName is null ? null : [validationContext.MemberName]);
    }

    /// <summary>Null for a well-formed RUN whose check digit matches; otherwise the key of the message that says what is wrong.</summary>
    public static string? Check(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compact = new string([.. text.Where(c => c is not ('.' or '-' or ' '))]).ToUpperInvariant();
        if (compact.Any(c => !char.IsAsciiDigit(c) && c != 'K'))
        {
            return "run-characters";
        }

        if (compact.Length is < 8 or > 9 || compact[..^1].Contains('K', StringComparison.Ordinal))
        {
            return "run-format";
        }

        return CheckDigit(compact[..^1]) == compact[^1] ? null : "run-check-digit";
    }

    /// <summary>The módulo 11 check digit of a RUN's body: digits from the right times 2, 3, …, 7, 2, 3, …; 11 minus the sum's remainder, 11 → 0, 10 → K.</summary>
    public static char CheckDigit(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var sum = 0;
        var factor = 2;
        for (var i = body.Length - 1; i >= 0; i--)
        {
            sum += (body[i] - '0') * factor;
            factor = factor == 7 ? 2 : factor + 1;
        }

        return (11 - (sum % 11)) switch
        {
            11 => '0',
            10 => 'K',
            var digit => (char)('0' + digit),
        };
    }
}
