using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ServiceStandard.DesignSystem.AspNetCore.Validation;

namespace ServiceStandard.DesignSystem.AspNetCore.Tests;

/// <summary>[Run]: Chilean RUN/RUT numbers with their módulo 11 check digit, however people type them, and the messages in en and es.</summary>
public sealed class RunAttributeTests
{
    private sealed class Applicant
    {
        [Display(Name = "your RUN")]
        [Run]
        public string? Run { get; set; }
    }

    [Theory]
    [InlineData("12.345.678-5")]
    [InlineData("12345678-5")]
    [InlineData("123456785")]
    [InlineData(" 12 345 678 5 ")]
    [InlineData("11.111.111-1")]
    [InlineData("7.654.321-6")]
    [InlineData("1.000.005-K")]
    [InlineData("1000005-k")]
    [InlineData("1.000.013-0")]
    [InlineData("")]
    [InlineData(null)]
    public void A_well_formed_run_with_its_check_digit_is_valid(string? run) =>
        Assert.Empty(Validate(run, "en"));

    [Theory]
    [InlineData("12.345.678-4", "Check your RUN: the last character does not match the rest of the number")]
    [InlineData("1.000.005-0", "Check your RUN: the last character does not match the rest of the number")]
    [InlineData("12.345.678", "Check your RUN: the last character does not match the rest of the number")]
    [InlineData("1234-5", "Enter your RUN in the correct format, like 12.345.678-5")]
    [InlineData("123.456.789-0", "Enter your RUN in the correct format, like 12.345.678-5")]
    [InlineData("12.K45.678-5", "Enter your RUN in the correct format, like 12.345.678-5")]
    [InlineData("12.345.678/5", "your RUN must only include numbers and the letter K")]
    public void A_wrong_run_says_what_is_wrong(string run, string message) =>
        Assert.Equal([message], Validate(run, "en"));

    [Fact]
    public void The_messages_are_in_spanish_for_a_spanish_request() =>
        Assert.Equal(["Revise su RUN: el último carácter no corresponde al resto del número"], Validate("12.345.678-4", "es", "su RUN"));

    [Theory]
    [InlineData("12345678", '5')]
    [InlineData("1000005", 'K')]
    [InlineData("1000013", '0')]
    [InlineData("24965885", '5')]
    public void The_check_digit_is_modulo_11(string body, char digit) =>
        Assert.Equal(digit, RunAttribute.CheckDigit(body));

    private static List<string?> Validate(string? run, string culture, string? displayName = null)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var model = new Applicant { Run = run };
            var context = new ValidationContext(model) { MemberName = nameof(Applicant.Run), DisplayName = displayName ?? "your RUN" };
            var results = new List<ValidationResult>();
            Validator.TryValidateProperty(run, context, results);
            return [.. results.Select(r => r.ErrorMessage)];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
