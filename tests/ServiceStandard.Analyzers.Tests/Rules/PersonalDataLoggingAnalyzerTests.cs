using ServiceStandard.Analyzers.Rules;

namespace ServiceStandard.Analyzers.Tests.Rules;

public sealed class PersonalDataLoggingAnalyzerTests
{
    [Fact]
    public Task Personal_data_in_templates_arguments_and_interpolation_is_reported() =>
        Verify<PersonalDataLoggingAnalyzer>.AnalyzerAsync("""
            using System;
            using Microsoft.Extensions.Logging;

            public sealed record Applicant(string Email, string Rut, DateOnly DateOfBirth, string PassportNumber);

            public sealed partial class Applications(ILogger<Applications> logger)
            {
                public void Submitted(Applicant applicant)
                {
                    logger.LogInformation({|SS0011:"Application from {Email} received"|}, applicant.Email);
                    logger.LogWarning("Applicant {Reference} failed a check", {|SS0011:applicant.Rut|});
                    logger.LogInformation($"Born on {{|SS0011:applicant.DateOfBirth|}}");
                }

                public void SignIn(string userName, string password) =>
                    logger.LogDebug("Sign-in for {User} with {Secret}", userName, {|SS0011:password|});

                [{|SS0011:LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Passport {PassportNumber} checked")|}]
                static partial void PassportChecked(ILogger logger, string passportNumber);
            }
            """);

    [Fact]
    public Task Ids_flags_and_counts_about_personal_data_are_not_reported() =>
        Verify<PersonalDataLoggingAnalyzer>.AnalyzerAsync("""
            using System;
            using System.Net;
            using Microsoft.Extensions.Logging;

            public sealed class Applications(ILogger<Applications> logger)
            {
                public void Submitted(Guid applicationId, bool emailConfirmed, int addressCount, IPAddress ipAddress)
                {
                    logger.LogInformation("Application {ApplicationId} received", applicationId);
                    logger.LogInformation("Email confirmed: {EmailConfirmed}", emailConfirmed);
                    logger.LogInformation("{AddressCount} addresses from {IpAddress}", addressCount, ipAddress);
                    logger.LogInformation("Password policy changed");
                }
            }
            """);

    [Fact]
    public Task Personal_data_passed_through_a_logging_wrapper_is_reported() =>
        Verify<PersonalDataLoggingAnalyzer>.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;

            public sealed class AuditLog(ILogger<AuditLog> logger)
            {
                public void Record(string message, params object[] args) => logger.LogInformation(message, args);

                public void Note(string text) => logger.LogWarning(text);

                // A wrapper of the wrapper.
                public void Issued(string template, params object[] values) => Record("Issued: " + template, values);

                // Takes personal data but logs none of it.
                public void Done(string email) => logger.LogInformation("Notification sent");
            }

            public sealed class Permits(AuditLog audit)
            {
                public void Issue(string reference, string email)
                {
                    audit.Record({|SS0011:"Permit {Reference} issued to {Email}"|}, reference, email);
                    audit.Record("Permit {Reference} sent", reference, {|SS0011:email|});
                    audit.Note($"Issued to {{|SS0011:email|}}");
                    audit.Issued("permit {Reference}", reference, {|SS0011:email|});

                    audit.Record("Permit {Reference} issued", reference);
                    audit.Note($"Issued {reference}");
                    audit.Done(email);
                }
            }
            """);
}
