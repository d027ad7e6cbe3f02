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
                    logger.LogDebug("Sign-in for {User} with {Value}", userName, {|SS0011:password|});

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
    public Task An_organisations_address_is_not_personal_data_but_a_persons_is() =>
        Verify<PersonalDataLoggingAnalyzer>.AnalyzerAsync("""
            using Microsoft.Extensions.Logging;

            public sealed class Site
            {
                public string Postcode { get; set; } = "";

                public string Street { get; set; } = "";
            }

            public sealed class Opening
            {
                public Site HiringCompanySite { get; set; } = new();

                public Site CandidateHome { get; set; } = new();
            }

            public sealed class School
            {
                public string Address { get; set; } = "";
            }

            public sealed class Mapping(ILogger<Mapping> logger)
            {
                public void Locate(Opening opening, School school, string postcode)
                {
                    // Where the job is, and a school: places, not people.
                    logger.LogWarning("No coordinates for {Postcode}", opening.HiringCompanySite.Postcode);
                    logger.LogInformation("Geocoding {Postcode} on {Street}", opening.HiringCompanySite.Postcode, opening.HiringCompanySite.Street);
                    logger.LogInformation("School at {Address}", school.Address);
                    logger.LogInformation("Opening {Id} at " + "{Where}", 1, opening.HiringCompanySite.Street);

                    // Still reported: a candidate's home, and a postcode that says nothing of whose it is.
                    logger.LogWarning({|SS0011:"No coordinates for {Postcode}"|}, opening.CandidateHome.Postcode);
                    logger.LogWarning({|SS0011:"Looking up {Postcode}"|}, postcode);
                    logger.LogWarning("Looking up {Where}", {|SS0011:opening.CandidateHome.Street|});
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

    /// <summary>The part of NLog's and log4net's API services use, as their packages declare it.</summary>
    private const string NLogAndLog4Net = """
        namespace NLog
        {
            public sealed class LogLevel
            {
                public static readonly LogLevel Warn = new();
            }

            public class Logger
            {
                public void Log(LogLevel level, string message, System.Exception exception) { }
                public void Info(string message) { }
                public void Info<TArgument>(string message, TArgument argument) { }
                public void Warn(string message, params object[] args) { }
                public void Error(System.Exception exception, string message) { }
            }

            public static class LogManager
            {
                public static Logger GetCurrentClassLogger() => new();
                public static Logger GetLogger(string name) => new();
            }
        }

        namespace log4net
        {
            public interface ILog
            {
                void Info(object message);
                void Error(object message, System.Exception exception);
                void InfoFormat(string format, params object[] args);
            }
        }
        """;

    [Fact]
    public Task Secrets_and_personal_data_logged_through_NLog_and_log4net_are_reported() =>
        Verify<PersonalDataLoggingAnalyzer>.AnalyzerAsync(
            [
                NLogAndLog4Net,
                """
                using System;
                using NLog;

                public sealed class Connections
                {
                    private static readonly Logger Logger = LogManager.GetCurrentClassLogger();

                    // Juliet CWE-532: the connection string, password in it, in a warning.
                    public void Open(Exception exceptSql)
                    {
                        var logger = LogManager.GetLogger("cwe_testcases_logger");
                        string dbConnectionString = "Data Source=(local);Initial Catalog=CWE256;User ID=sa;Password=P@ssW0rd";
                        logger.Log(LogLevel.Warn, "Error getting database connection: " + {|SS0011:dbConnectionString|}, exceptSql);
                        logger.Log(LogLevel.Warn, "Error getting database connection", exceptSql);
                    }

                    public void SignedIn(string email, string apiKey, string secretName, Guid userId)
                    {
                        Logger.Info("Signed in {UserId}", userId);
                        Logger.Info({|SS0011:"Signed in {Email}"|}, email);
                        Logger.Warn("Calling with {0}", {|SS0011:apiKey|});
                        Logger.Info($"Loaded the secret {secretName}");
                    }

                    public void Failed(log4net.ILog log, string clientSecret, Exception ex)
                    {
                        log.InfoFormat("Token request with {0}", {|SS0011:clientSecret|});
                        log.Error("Token request failed for " + {|SS0011:clientSecret|}, ex);
                        log.Info("Token request failed");
                    }
                }
                """,
            ]);
}
